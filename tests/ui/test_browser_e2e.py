"""End to end in a real headless Chromium: the app on a free loopback port with the real default engines
(Whisper tiny.en, voice diarizer, offline extractor, MiniLM, embedded Chroma).

A PM creates an engagement, uploads the sample call, waits for the background ingest, names a speaker, asks
a question and drafts a status report. A screenshot is saved in the test's tmp dir and test-output/ui-e2e.png.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import BROWSER_MARKS, REPO, chromium, streamlit_app

SAMPLE = REPO / "ingest" / "samples" / "demo_call.flac"

pytestmark = BROWSER_MARKS


def _sample_call(tmp_path: Path) -> Path:
    """The bundled sample call, or a short two-voice espeak-ng clip when it is not there."""
    if SAMPLE.exists():
        return SAMPLE
    lines = [
        ("en-us+m3", "Priya, where are we with the firewall change?"),
        ("en-us+f3", "I will send the firewall rule change by Friday."),
    ]
    parts = []
    for i, (voice, text) in enumerate(lines):
        part = tmp_path / f"part{i}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(part), text], check=True)
        parts.append(str(part))
    out = tmp_path / "short_call.wav"
    subprocess.run(["sox", *parts, "-r", "16000", "-c", "1", str(out)], check=True)
    return out


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with streamlit_app(tmp_path / "data", tmp_path / "streamlit.log") as url:
        yield url


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    with chromium(tmp_path / "chromium-profile", "1500,1900") as driver:
        yield driver


def test_a_pm_uploads_a_call_names_a_speaker_asks_and_drafts_a_status_report_in_a_browser(
    server: str, browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    d: WebDriver = browser  # type: ignore[assignment]
    call = _sample_call(tmp_path)

    def body() -> str:
        return d.find_element(By.TAG_NAME, "body").text

    def wait_text(text: str, timeout: float = 30) -> None:
        try:
            WebDriverWait(d, timeout, poll_frequency=0.25).until(lambda _: text in body())
        except Exception:
            d.save_screenshot(str(tmp_path / "failure.png"))
            raise AssertionError(f"{text!r} did not appear; page shows:\n{body()[-3000:]}") from None

    def button(label: str) -> None:
        xpath = f'//button[.//p[normalize-space()="{label}"]]'
        WebDriverWait(d, 30).until(lambda _: d.find_elements(By.XPATH, xpath))
        d.find_elements(By.XPATH, xpath)[-1].click()

    def element(css: str, timeout: float = 30) -> Any:
        WebDriverWait(d, timeout, poll_frequency=0.25).until(lambda _: d.find_elements(By.CSS_SELECTOR, css))
        return d.find_elements(By.CSS_SELECTOR, css)[0]

    def nav(title: str) -> None:
        link = f'//a[@data-testid="stSidebarNavLink"][.//span[normalize-space()="{title}"]]'
        WebDriverWait(d, 30).until(lambda _: d.find_elements(By.XPATH, link))
        d.find_element(By.XPATH, link).click()

    d.get(server)
    element('input[aria-label="New engagement"]').send_keys("Laptop rollout")
    button("Create engagement")
    wait_text("Created engagement 'Laptop rollout'")
    # The sidebar is drawn before the page runs: it must be redrawn with the new engagement at once.
    picker = element('[data-testid="stSidebar"] input[aria-label="Engagement"]', timeout=10)
    assert picker.get_attribute("value") == "Laptop rollout"
    assert "No engagements yet" not in d.find_element(By.CSS_SELECTOR, '[data-testid="stSidebar"]').text

    nav("Upload")
    wait_text("Upload — Laptop rollout")
    element('[data-testid="stFileUploader"] input[type="file"]').send_keys(str(call))
    button("Ingest 1 file")
    wait_text("Ingest jobs")
    wait_text(f"{call.name} → meeting", timeout=150)
    wait_text("Name the speakers", timeout=20)

    element('input[aria-label="…or type a new name"]').send_keys("Mark")
    button("Save speaker names")
    wait_text("Saved: SPEAKER_1 → Mark", timeout=60)
    d.save_screenshot(str(tmp_path / "ui-e2e-upload.png"))

    nav("Ask")
    wait_text("Ask — Laptop rollout")
    if "not available yet" not in body():
        element('textarea[data-testid="stChatInputTextArea"]').send_keys(
            "Who owns the firewall rule change?", Keys.ENTER
        )
        wait_text("[1]", timeout=60)  # the first citation button
        wait_text("Clear conversation")
        assert "firewall" in body().lower()
        d.save_screenshot(str(tmp_path / "ui-e2e-ask.png"))

    nav("Status report")
    wait_text("Status report — Laptop rollout")
    button("Draft status report")
    wait_text("Overall", timeout=60)
    wait_text("Download email text", timeout=30)  # the last element: the whole report is rendered
    page = body()
    assert any(colour in page for colour in ("RED", "AMBER", "GREEN"))
    assert "Schedule" in page and "Download DOCX" in page
    report = element('textarea[aria-label="Report (edit before sending)"]').get_attribute("value")
    assert report and "Laptop rollout" in report and "Mark" in report

    shot = tmp_path / "ui-e2e.png"
    d.save_screenshot(str(shot))
    out = REPO / "test-output"
    out.mkdir(exist_ok=True)
    shutil.copyfile(shot, out / "ui-e2e.png")
    for extra in ("ui-e2e-upload.png", "ui-e2e-ask.png"):
        if (tmp_path / extra).exists():
            shutil.copyfile(tmp_path / extra, out / extra)
    assert shot.stat().st_size > 10_000
