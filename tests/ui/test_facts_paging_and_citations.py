"""The Facts page a page at a time on a large engagement, and a citation that lands on its marked line.

AppTest against the test profile, like test_app_pages.py. The engagement holds the firewall sync fixture and
a long 80-line call with 57 hand-made decisions cited at its lines, so the facts run over several pages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from assistant.container import Services
from assistant.models import Decision, Evidence
from ui.state import ENGAGEMENT_KEY

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "ui" / "app.py"
FIXTURE = REPO / "tests" / "fixtures" / "ui" / "firewall_sync_2024-03-19.txt"
CITED = 60  # the line of the long call a decision quotes (with the next line in its evidence span)
HANDMADE = 57


def long_call(path: Path) -> Path:
    lines = []
    names = ["Tom Becker", "Priya Sharma", "Ana García", "Ken Adams"]
    for i in range(80):
        text = f"We went through point {i} of the cutover plan."
        if i == CITED:
            text = "We agreed to open the firewall [port 443] for the $5k appliance on Monday."
        lines.append(f"{names[i % 4]}: {text}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def big(svc: Services, tmp_path: Path) -> str:
    """An engagement with two meetings and more facts than two pages of 25 hold."""
    eng = svc.engagements.create("Big ERP")
    for path in (FIXTURE, long_call(tmp_path / "cutover_2024-03-26.txt")):
        [result] = svc.ingest.ingest(eng.id, [path])
        assert result.status == "ingested", result
    mid = next(m.meeting_id for m in svc.repo.list_meetings(eng.id) if m.source_file.startswith("cutover"))
    segs = svc.ingest.transcript_view(eng.id, mid)["segments"]
    made = []
    for n in range(HANDMADE):
        i = CITED if n == 0 else n
        seg, after = segs[i], segs[i + 1]
        ev = Evidence(
            meeting_id=mid,
            segment_id=seg["id"],
            speaker=seg["speaker"],
            start=seg["start"],
            end=after["end"] if n == 0 else seg["end"],  # the first one's evidence runs into the next line
            quote=seg["text"].rstrip("."),
        )
        text = "Open the firewall port for the appliance" if n == 0 else f"Decision number {n:02d} on the cutover"
        fact = Decision(text=text, meeting_id=mid, evidence=[ev])
        fact.assign_id()
        made.append(fact)
    svc.repo.save_facts(eng.id, svc.repo.load_facts(eng.id) + made)
    return eng.id


def app(engagement_id: str, page: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.session_state[ENGAGEMENT_KEY] = engagement_id
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown_ids(at: AppTest, eid: str) -> list[str]:
    """The facts whose cards are on screen, in order (every card has a Delete button keyed by its id)."""
    pattern = re.compile(rf"^e:{re.escape(eid)}:fx:(.+):delete$")
    return [m.group(1) for b in at.button if b.key and (m := pattern.match(b.key))]


def captions(at: AppTest) -> str:
    return "\n".join(str(c.value) for c in at.caption)


def set_page(at: AppTest, eid: str, page: int) -> AppTest:
    at.number_input(key=f"e:{eid}:fx_page").set_value(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_every_fact_is_on_exactly_one_page_newest_meeting_first(big: str, svc: Services) -> None:
    every = svc.facts.list(big)
    total = len(every)
    assert total > 50
    at = app(big, "facts")
    assert f"Facts 1–25 of {total}" in captions(at)
    seen: list[str] = []
    pages = -(-total // 25)
    for page in range(1, pages + 1):
        set_page(at, big, page)
        ids = shown_ids(at, big)
        assert len(ids) == (25 if page < pages else total - 25 * (pages - 1)), page
        assert f"Facts {25 * (page - 1) + 1}–{25 * (page - 1) + len(ids)} of {total}" in captions(at)
        seen.extend(ids)
    assert sorted(seen) == sorted(f.id for f in every)  # each once, none unreachable
    by_id = {f.id: f for f in every}
    cutover = next(m.meeting_id for m in svc.repo.list_meetings(big) if m.source_file.startswith("cutover"))
    firsts = [by_id[i] for i in seen[:HANDMADE]]
    assert all(f.meeting_id == cutover for f in firsts)  # the newer meeting comes first
    starts = [f.evidence[0].start for f in firsts]
    assert starts == sorted(starts)  # then in the order things were said


def test_a_new_filter_or_page_size_goes_back_to_page_one_and_next_previous_step(big: str, svc: Services) -> None:
    at = set_page(app(big, "facts"), big, 3)
    assert at.number_input(key=f"e:{big}:fx_page").value == 3
    at.selectbox(key=f"e:{big}:fx_kind").set_value("decision").run()
    assert at.number_input(key=f"e:{big}:fx_page").value == 1
    decisions = svc.facts.list(big, kind="decision")
    assert f"Facts 1–25 of {len(decisions)}" in captions(at)

    at.button(key=f"e:{big}:fx_next").click().run()
    assert at.number_input(key=f"e:{big}:fx_page").value == 2
    second = shown_ids(at, big)
    at.button(key=f"e:{big}:fx_prev").click().run()
    assert at.number_input(key=f"e:{big}:fx_page").value == 1
    assert not set(second) & set(shown_ids(at, big))

    set_page(at, big, 2)
    at.selectbox(key=f"e:{big}:fx_page_size").set_value(50).run()
    assert at.number_input(key=f"e:{big}:fx_page").value == 1
    assert len(shown_ids(at, big)) == 50


def test_the_text_filter_finds_firewall_in_fact_text_or_quotes_in_any_case(big: str, svc: Services) -> None:
    at = set_page(app(big, "facts"), big, 2)
    at.text_input(key=f"e:{big}:fx_text").input("FireWall").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.number_input(key=f"e:{big}:fx_page").value == 1
    expected = {f.id for f in svc.facts.list(big, text="firewall")}
    assert len(expected) >= 3  # the fixture's firewall facts and the hand-made decision
    assert set(shown_ids(at, big)) == expected
    assert f"Facts 1–{len(expected)} of {len(expected)}" in captions(at)
    assert "Decision number" not in "\n".join(str(m.value) for m in at.markdown)


def cited_page(big: str, svc: Services) -> AppTest:
    at = app(big, "facts")
    at.text_input(key=f"e:{big}:fx_text").input("port 443").run()
    [fact] = [f for f in svc.facts.list(big, text="port 443") if f.text.startswith("Open the firewall port")]
    at.button(key=f"e:{big}:fx_open:{fact.id}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Meetings" in t.value for t in at.title)
    # AppTest reruns the page it was last switched to, not the one st.switch_page went to.
    at.switch_page("pages/meetings.py")
    return at


def marked(frame: Any) -> list[str]:
    return [t for c, t in zip(frame["cited"], frame["text"], strict=True) if c]


def test_a_citation_opens_the_transcript_around_the_cited_lines_and_marks_them(big: str, svc: Services) -> None:
    at = cited_page(big, svc)
    mid = at.session_state[f"e:{big}:meeting"]
    segs = svc.ingest.transcript_view(big, mid)["segments"]
    cited = segs[CITED]["text"]
    page = "\n".join(str(m.value) for m in at.markdown)
    assert "Cited moment" in page and "port 443" in page  # the quote itself, highlighted above the table
    frame = at.dataframe[0].value
    # The table opens just before the cited line, not at the top of an 80-line call.
    assert len(frame) < len(segs) and frame["text"].iloc[0] != segs[0]["text"]
    assert marked(frame) == [cited, segs[CITED + 1]["text"]]  # the evidence span: the quoted line and the next
    assert at.session_state[f"e:{big}:play:{mid}"] == pytest.approx(segs[CITED]["start"])

    at.toggle(key=f"e:{big}:whole:{mid}").set_value(True).run()
    assert not at.exception, [e.value for e in at.exception]
    frame = at.dataframe[0].value
    assert len(frame) == len(segs) and marked(frame) == [cited, segs[CITED + 1]["text"]]

    at.button(key=f"e:{big}:cited:{mid}:clear").click().run()
    assert "Cited moment" not in "\n".join(str(m.value) for m in at.markdown)
    assert len(at.dataframe[0].value) == len(segs)


def test_a_citation_without_an_end_marks_only_the_line_at_its_moment(big: str, svc: Services) -> None:
    from ui.state import NAV_KEY

    at = app(big, "facts")
    mid = next(m.meeting_id for m in svc.repo.list_meetings(big) if m.source_file.startswith("cutover"))
    segs = svc.ingest.transcript_view(big, mid)["segments"]
    at.session_state[NAV_KEY] = {"engagement_id": big, "meeting_id": mid, "start": segs[40]["start"]}
    at.switch_page("pages/meetings.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert marked(at.dataframe[0].value) == [segs[40]["text"]]

