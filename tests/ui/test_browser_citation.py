"""In a real headless Chromium: a citation on the Facts page opens the Meetings page with the cited line on
screen and highlighted, on an 80-line call where it would otherwise sit far below the top of the transcript.

The app runs the test profile (fake speech engines, hash embedder) over a text transcript, so it takes seconds.
Screenshots are saved in the test's tmp dir (facts.png, meeting-cited.png).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import BROWSER_MARKS, chromium, streamlit_app

CITED_TEXT = "We agreed to open the firewall [port 443] for the $5k appliance on Monday."

pytestmark = BROWSER_MARKS


def _engagement(data: Path, tmp_path: Path) -> str:
    """An engagement with one 80-line call and a decision citing line 60 (built before the server starts)."""
    from assistant.container import build_services
    from assistant.models import Decision, Evidence
    from assistant.settings import Settings

    svc = build_services(Settings(profile="test", data_dir=data))
    eng = svc.engagements.create("Cutover")
    names = ["Tom Becker", "Priya Sharma", "Ana García", "Ken Adams"]
    lines = [
        f"{names[i % 4]}: " + (CITED_TEXT if i == 60 else f"We went through point {i} of the cutover plan.")
        for i in range(80)
    ]
    call = tmp_path / "cutover_2024-03-26.txt"
    call.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [result] = svc.ingest.ingest(eng.id, [call])
    assert result.status == "ingested", result
    segs = svc.ingest.transcript_view(eng.id, result.meeting_id)["segments"]
    made = []
    for i in [60, *range(40)]:  # enough decisions for two pages of 25
        seg = segs[i]
        ev = Evidence(
            meeting_id=result.meeting_id,
            segment_id=seg["id"],
            speaker=seg["speaker"],
            start=seg["start"],
            end=seg["end"],
            quote=seg["text"].rstrip("."),
        )
        text = "Open the firewall port for the appliance" if i == 60 else f"Point {i} of the cutover plan is agreed"
        made.append(Decision(text=text, meeting_id=result.meeting_id, evidence=[ev]))
        made[-1].assign_id()
    svc.repo.save_facts(eng.id, [*svc.repo.load_facts(eng.id), *made])
    return eng.id


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    data = tmp_path / "data"
    eid = _engagement(data, tmp_path)
    with streamlit_app(data, tmp_path / "streamlit.log", CANDOR_PROFILE="test") as url:
        yield url, eid


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    with chromium(tmp_path / "chromium-profile", "1400,1000") as driver:
        yield driver


def test_a_citation_on_the_facts_page_shows_the_cited_line_highlighted_on_screen_in_its_meeting(
    server: tuple[str, str], browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    url, eid = server
    d: WebDriver = browser  # type: ignore[assignment]

    def wait_text(text: str, timeout: float = 30) -> None:
        try:
            WebDriverWait(d, timeout, poll_frequency=0.25).until(lambda _: text in d.find_element(By.TAG_NAME, "body").text)
        except Exception:
            d.save_screenshot(str(tmp_path / "failure.png"))
            body = d.find_element(By.TAG_NAME, "body").text
            raise AssertionError(f"{text!r} did not appear; page shows:\n{body[-3000:]}") from None

    def settled(timeout: float = 30) -> None:
        """The run is over and every element drawn (no 'Running' widget, no placeholder skeletons)."""
        busy = '[data-testid="stStatusWidget"], [data-testid="stSkeleton"], [data-stale="true"]'
        WebDriverWait(d, timeout, poll_frequency=0.25).until(lambda _: not d.find_elements(By.CSS_SELECTOR, busy))

    d.get(f"{url}/?eng={eid}")
    link = '//a[@data-testid="stSidebarNavLink"][.//span[normalize-space()="Facts"]]'
    WebDriverWait(d, 30).until(lambda _: d.find_elements(By.XPATH, link))
    settled()
    d.find_element(By.XPATH, link).click()
    wait_text("Facts — Cutover")
    wait_text("Facts 1–25 of")
    settled()
    d.save_screenshot(str(tmp_path / "facts.png"))
    box = d.find_element(By.CSS_SELECTOR, 'input[aria-label="Text contains"]')
    box.send_keys("firewall port for the appliance", Keys.ENTER)
    wait_text("Facts 1–1 of 1")
    opener = '//button[.//p[starts-with(normalize-space(), "Open ") and contains(., "in the meeting")]]'
    WebDriverWait(d, 20).until(lambda _: len(d.find_elements(By.XPATH, opener)) == 1)
    d.find_element(By.XPATH, opener).click()

    wait_text("Meetings — Cutover")
    wait_text("Cited moment")
    # The cited words, highlighted, inside the visible window without any scrolling.
    quote = '//span[contains(@class, "stMarkdownColoredBackground")][contains(., "port 443")]'
    WebDriverWait(d, 20).until(lambda _: d.find_elements(By.XPATH, quote))
    marked = d.find_elements(By.XPATH, quote)[-1]
    assert marked.is_displayed()
    top, bottom, height, background = d.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return [r.top, r.bottom, window.innerHeight, getComputedStyle(arguments[0]).backgroundColor];",
        marked,
    )
    assert top >= 0 and bottom <= height, (top, bottom, height)
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background
    assert d.execute_script("return window.scrollY") == 0
    # The transcript table starts just before the cited line (line 59 of 80), not at the top of the call.
    wait_text("around the cited moment")
    assert "Lines 59–80 of 80" in d.find_element(By.TAG_NAME, "body").text
    WebDriverWait(d, 20).until(lambda _: d.find_elements(By.CSS_SELECTOR, '[data-testid="glide-cell-4-2"]'))
    settled()
    # The table's third row is the cited line, marked ▶ (the grid draws on a canvas; these are its a11y cells).
    row = [d.find_element(By.CSS_SELECTOR, f'[data-testid="glide-cell-{c}-2"]').get_attribute("textContent")
           for c in (1, 4)]  # fmt: skip
    assert row == ["▶", CITED_TEXT], row
    d.save_screenshot(str(tmp_path / "meeting-cited.png"))
