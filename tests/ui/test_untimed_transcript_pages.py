"""A plain-text transcript without timestamps is shown and cited by turn in the UI, as the CLI does: its times
were estimated from word counts and never said. A timed export in the same engagement keeps its clock times.

AppTest against the test profile, like test_app_pages.py.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.container import Services
from tests.ui.test_facts_paging_and_citations import app, captions

CLOCK = re.compile(r"\b\d{2}:\d{2}\b")  # 00:12, 01:01

TXT = """Priya Sharma: I'll send the firewall rule change to network security by Friday.
Mark Jones: Thanks Priya. We decided to pilot with the finance team first.
Priya Sharma: We are blocked until network security approves the rule.
"""

VTT = """WEBVTT

00:01:01.000 --> 00:01:06.000
<v Ken Adams>I'll renew the storage licence with the vendor by Monday.</v>

00:01:07.000 --> 00:01:12.000
<v Ana Garcia>Thanks Ken. We decided to move the cutover to April.</v>
"""


@pytest.fixture
def acme(svc: Services, tmp_path: Path) -> tuple[str, str, str]:
    """An engagement with an untimed .txt meeting and a timed .vtt one: (engagement, untimed, timed)."""
    eng = svc.engagements.create("Acme ERP")
    ids = []
    for name, text, day in (("notes.txt", TXT, date(2026, 3, 2)), ("call.vtt", VTT, date(2026, 3, 3))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        [result] = svc.ingest.ingest(eng.id, [path], meeting_date=day)
        assert result.status == "ingested", result.error
        ids.append(str(result.meeting_id))
    untimed, timed = ids
    assert svc.repo.get_meeting(eng.id, untimed).timed is False
    assert svc.repo.get_meeting(eng.id, timed).timed is True
    return eng.id, untimed, timed


def meeting_shown(at: AppTest, eid: str, mid: str) -> AppTest:
    at.selectbox(key=f"e:{eid}:meeting").set_value(mid).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_meetings_page_numbers_the_turns_of_an_untimed_transcript_and_times_a_timed_one(
    acme: tuple[str, str, str],
) -> None:
    eid, untimed, timed = acme
    at = meeting_shown(app(eid, "meetings"), eid, untimed)
    frame = at.dataframe[0].value
    assert frame["time"].tolist() == ["turn 1", "turn 2", "turn 3"]
    assert "no timestamps in the file" in captions(at)
    picker = at.selectbox(key=f"e:{eid}:meeting")
    assert "estimated)" in picker.format_func(untimed) and "estimated" not in picker.format_func(timed)
    fact_quotes = [c for c in captions(at).splitlines() if c.startswith("“")]
    assert fact_quotes and all("turn " in c and not CLOCK.search(c) for c in fact_quotes)

    at = meeting_shown(at, eid, timed)
    assert at.dataframe[0].value["time"].tolist() == ["01:01", "01:07"]
    assert "no timestamps" not in captions(at)
    fact_quotes = [c for c in captions(at).splitlines() if c.startswith("“")]
    assert fact_quotes and all("turn " not in c and CLOCK.search(c) for c in fact_quotes)


def test_facts_cite_the_untimed_meeting_by_turn_and_open_it_at_that_turn(
    acme: tuple[str, str, str], svc: Services
) -> None:
    eid, untimed, timed = acme
    at = app(eid, "facts")
    [blocker] = svc.facts.list(eid, kind="blocker", meeting=untimed)
    opener = at.button(key=f"e:{eid}:fx_open:{blocker.id}")
    assert opener.label == "Open turn 3 in the meeting"
    assert "— Priya Sharma, turn 3" in captions(at)
    timed_facts = svc.facts.list(eid, meeting=timed)
    assert timed_facts
    for fact in timed_facts:
        assert CLOCK.fullmatch(at.button(key=f"e:{eid}:fx_open:{fact.id}").label.split()[1])
    for fact in svc.facts.list(eid, meeting=untimed):
        assert not CLOCK.search(at.button(key=f"e:{eid}:fx_open:{fact.id}").label)

    opener.click().run()
    at.switch_page("pages/meetings.py").run()  # AppTest reruns the page it was last switched to
    assert not at.exception, [e.value for e in at.exception]
    page = "\n".join(str(m.value) for m in at.markdown)
    assert "Cited moment turn 3" in page and "**turn 3 Priya Sharma:**" in page
    frame = at.dataframe[0].value
    assert [t for c, t in zip(frame["cited"], frame["text"], strict=True) if c] == [
        "We are blocked until network security approves the rule."
    ]


def test_ask_cites_the_untimed_meeting_by_turn_and_the_timed_one_by_its_time(acme: tuple[str, str, str]) -> None:
    eid, untimed, timed = acme
    at = app(eid, "ask")
    at.chat_input[0].set_value("who owns the firewall rule change?").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state[f"e:{eid}:chat"][-1]["citations"][0]["meeting_id"] == untimed
    cites = [b.label for b in at.button if b.label.startswith("[")]
    assert cites and cites[0] == "[1] turn 1" and not any(CLOCK.search(c) for c in cites)
    assert "(2026-03-02) turn 1: “" in captions(at)

    at.chat_input[0].set_value("who will renew the storage licence?").run()
    assert not at.exception, [e.value for e in at.exception]
    history = at.session_state[f"e:{eid}:chat"]
    assert any(c["meeting_id"] == timed for c in history[-1]["citations"])
    assert "[1] 01:01" in [b.label for b in at.button]


def test_lengths_of_untimed_meetings_read_as_estimated_on_the_engagements_page(acme: tuple[str, str, str]) -> None:
    eid, _, _ = acme
    at = app(eid, "engagements")
    lengths = dict(zip(at.dataframe[0].value["title"], at.dataframe[0].value["length"], strict=True))
    assert len(lengths) == 2
    estimated = [v for v in lengths.values() if v.endswith("estimated")]
    assert len(estimated) == 1 and estimated[0].startswith("~00:")


def test_status_reasons_and_commitment_evidence_cite_the_untimed_meeting_by_turn(
    acme: tuple[str, str, str], svc: Services
) -> None:
    eid, untimed, _ = acme
    at = app(eid, "status_report")
    at.date_input(key=f"e:{eid}:as_of").set_value(date(2026, 3, 9))
    next(b for b in at.button if b.label == "Draft status report").click().run()
    assert not at.exception, [e.value for e in at.exception]
    openers = [b.label for b in at.button if b.label.startswith("Open ")]
    assert "Open turn 3" in openers  # the firewall blocker
    assert "— Priya Sharma, turn 3" in captions(at)
    blocker_reason = [c for c in captions(at).splitlines() if "network security approves" in c]
    assert blocker_reason and not any(CLOCK.search(c) for c in blocker_reason)

    at = app(eid, "commitments")
    [firewall] = [f for f in svc.facts.list(eid, kind="action_item") if f.meeting_id == untimed]
    at.selectbox(key=f"e:{eid}:cm_pick").set_value(firewall.id).run()
    assert not at.exception, [e.value for e in at.exception]
    quotes = [c for c in captions(at).splitlines() if "firewall rule change" in c]
    assert quotes and all("turn 1" in c and not CLOCK.search(c) for c in quotes)
