"""Risks across meetings: a restated risk is one risk, a risk said to be over is closed, reports show it so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.container import Services
from assistant.engines.chat import ScriptedChatModel
from assistant.models import ActionItem, Risk
from assistant.settings import LLMSettings
from ingest.extraction.llm import LLMExtractor
from ingest.extraction.offline import OfflineExtractor
from ingest.extraction.rules import is_risk as rules_is_risk
from ingest.extraction.rules import risk_closed
from tests.builders import engagement_of_calls, meeting_context

CALLS = {
    "2026-10-06 Northwind weekly.vtt": [
        ("Dana Reyes", "There's a risk the data migration overruns because we have no DBA."),
        ("Raj Patel", "I'm also worried the cut-over weekend clashes with the payroll run."),
        ("Dana Reyes", "Another risk is the licence count, we may be 200 seats short."),
    ],
    "2026-10-13 Northwind weekly.vtt": [
        ("Dana Reyes", "I'm still worried about the data migration timeline."),
        ("Raj Patel", "That cut-over risk is gone, the weekend window was approved."),
    ],
    "2026-10-20 Northwind weekly.vtt": [
        ("Dana Reyes", "The data migration risk is now mitigated since we got the extra DBA."),
        ("Raj Patel", "The licence count is still a concern."),
        ("Dana Reyes", "The training risk remains, nobody has booked the rooms."),
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        "The data migration risk is now mitigated since we got the extra DBA.",
        "That cut-over risk is gone, the weekend window was approved.",
        "I'm no longer worried about the payroll interface.",
        "We can close the risk on the licence count.",
        "The vendor delay is not a risk anymore.",
        "The risk around the cut-over has gone away.",
        "That concern's been addressed, procurement bought 500 more seats.",
    ],
)
def test_a_risk_said_to_be_over_is_read_as_closed(sentence: str) -> None:
    assert risk_closed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm still worried about the data migration timeline.",
        "The migration risk isn't gone yet.",
        "The risk hasn't gone away.",
        "The risk is that the interface is handled by a contractor.",
        "Once the DBA starts we can close the risk.",
        "We can close the risk when the DBA starts.",
        "We need to mitigate the migration risk.",
        "Is the migration risk gone?",
        "I'm not worried about the payroll interface.",
    ],
)
def test_a_risk_that_is_not_over_is_not_read_as_closed(sentence: str) -> None:
    assert not risk_closed(sentence)


def test_a_closing_sentence_is_a_closed_risk_and_no_work_reported_done() -> None:
    ctx = meeting_context(
        [("Dana", "The data migration risk is now mitigated since we got the extra DBA."),
         ("Raj", "The training risk remains, nobody has booked the rooms.")],
        [],
        date(2026, 10, 20),
    )
    facts = OfflineExtractor().extract(ctx).facts
    risks = [(f.text, f.status) for f in facts if isinstance(f, Risk)]
    assert risks == [
        ("The data migration risk is now mitigated since we got the extra DBA.", "closed"),
        ("The training risk remains, nobody has booked the rooms.", "open"),
    ]
    assert not [f for f in facts if isinstance(f, ActionItem)]


def test_the_llm_extractor_marks_a_risk_said_to_be_over_as_closed() -> None:
    ctx = meeting_context(
        [("Dana", "The data migration risk is now mitigated since we got the extra DBA."),
         ("Raj", "I'm worried the payroll interface will not be ready.")],
        [],
        date(2026, 10, 20),
    )
    reply = (
        '{"facts": [{"kind": "risk", "text": "Data migration risk mitigated", "segment_id": 0, '
        '"quote": "The data migration risk is now mitigated"}, {"kind": "risk", "text": "Payroll interface may '
        'be late", "segment_id": 1, "quote": "the payroll interface will not be ready"}]}'
    )
    facts = LLMExtractor(ScriptedChatModel([reply]), LLMSettings(model="fake", max_retries=0)).extract(ctx).facts
    assert [(f.text, getattr(f, "status", None)) for f in facts if isinstance(f, Risk)] == [
        ("Data migration risk mitigated", "closed"),
        ("Payroll interface may be late", "open"),
    ]


@pytest.fixture()
def northwind(tmp_path: Path) -> Services:
    return engagement_of_calls(tmp_path, "Northwind", CALLS)


def _risks(s: Services) -> dict[str, Risk]:
    return {f.text: f for f in s.facts.list("Northwind", kind="risk")}  # type: ignore[misc]


def test_risks_are_tracked_across_meetings_restated_once_and_closed_when_said_to_be_over(northwind: Services) -> None:
    risks = _risks(northwind)
    assert sorted((t, r.status) for t, r in risks.items()) == [
        ("Another risk is the licence count, we may be 200 seats short.", "open"),
        ("I'm also worried the cut-over weekend clashes with the payroll run.", "closed"),
        ("The training risk remains, nobody has booked the rooms.", "open"),
        ("There's a risk the data migration overruns because we have no DBA.", "closed"),
    ]
    migration = risks["There's a risk the data migration overruns because we have no DBA."]
    assert [(e.event, e.at.isoformat()) for e in migration.history] == [
        ("created", "2026-10-06"), ("updated", "2026-10-13"), ("done", "2026-10-20")
    ]
    assert [e.quote for e in migration.evidence][1:] == [
        "I'm still worried about the data migration timeline",
        "The data migration risk is now mitigated since we got the extra DBA",
    ]
    assert len(risks["Another risk is the licence count, we may be 200 seats short."].evidence) == 2
    assert not [f for f in northwind.facts.list("Northwind", kind="action_item") if "risk" in f.text]


def test_the_status_report_lists_the_risks_open_on_its_date_and_the_ones_closed_in_its_period(
    northwind: Services,
) -> None:
    eid = northwind.engagements.get("Northwind").id
    later = northwind.drafting.status_report(eid, "business lead", date(2026, 10, 21), record=False)
    risks_part = later.markdown.split("## Risks")[1].split("## Decisions")[0]
    assert "licence count" in risks_part and "training risk" in risks_part
    assert "data migration" not in risks_part and "cut-over" not in risks_part
    assert "Risk closed: There's a risk the data migration overruns" in later.markdown.split("## Risks")[0]
    earlier = northwind.drafting.status_report(eid, "business lead", date(2026, 10, 7), record=False)
    risks_then = earlier.markdown.split("## Risks")[1].split("## Decisions")[0]
    assert "data migration" in risks_then and "cut-over" in risks_then and "training" not in risks_then


def test_re_extracting_the_closing_meeting_changes_nothing_and_deleting_it_reopens_the_risk(
    northwind: Services,
) -> None:
    before = {t: (r.status, len(r.history)) for t, r in _risks(northwind).items()}
    last = max(northwind.repo.list_meetings("northwind"), key=lambda m: m.date).meeting_id
    northwind.facts.extract("Northwind", last)
    assert {t: (r.status, len(r.history)) for t, r in _risks(northwind).items()} == before
    northwind.ingest.delete_meeting("Northwind", last)
    after = _risks(northwind)
    migration = after["There's a risk the data migration overruns because we have no DBA."]
    assert migration.status == "open" and [e.event for e in migration.history] == ["created", "updated"]
    assert "The training risk remains, nobody has booked the rooms." not in after


def test_a_worry_announced_and_one_the_meeting_stops_losing_sleep_over_are_a_risk_and_its_closure() -> None:
    assert rules_is_risk("My worry is peak.") and risk_closed("And that peak-freeze worry, we can stop losing sleep over it.")
    ctx = meeting_context(
        [("Lena", "One thing worrying me. The cold store runs at minus twenty, and battery life on these units "
                  "drops off a cliff in the cold.")],
        [],
        date(2026, 11, 9),
    )
    risks = [f.text for f in OfflineExtractor().extract(ctx).facts if isinstance(f, Risk)]
    assert risks == ["The cold store runs at minus twenty, and battery life on these units drops off a cliff in the "
                     "cold."]
