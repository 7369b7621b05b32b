"""Tracking across meetings: completions, slips, resolutions, re-extraction and the ledger."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from assistant.engines.embedder import HashEmbedder
from assistant.models import ActionItem, Blocker, Decision, Evidence, FactBase, Meeting
from assistant.storage import Repository
from assistant.tracking import (
    content_stems,
    is_completion,
    is_overdue,
    ledger,
    merge_meeting_facts,
    names_match,
    overdue_days,
    rebuild,
)

EMB = HashEmbedder()


def meeting(mid: str, day: date) -> Meeting:
    return Meeting(
        meeting_id=mid,
        engagement_id="acme",
        title=mid,
        date=day,
        source_file=f"{mid}.vtt",
        sha256=mid * 4,
        source_kind="import",
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


def ev(mid: str, seg: int, speaker: str, quote: str, start: float = 10.0) -> Evidence:
    return Evidence(meeting_id=mid, segment_id=seg, speaker=speaker, start=start, end=start + 4, quote=quote)


def item(
    mid: str, seg: int, owner: str | None, text: str, quote: str, due: date | None = None, **kw
) -> ActionItem:
    f = ActionItem(
        text=text, owner=owner, due=due, meeting_id=mid, evidence=[ev(mid, seg, owner or "PM", quote)], **kw
    )
    f.assign_id()
    return f


M1 = meeting("m1", date(2024, 3, 5))
M2 = meeting("m2", date(2024, 3, 12))
M3 = meeting("m3", date(2024, 3, 19))
FIREWALL = "Send the firewall change request to network security"


def first_meeting() -> list[FactBase]:
    return merge_meeting_facts(
        [],
        [
            item(
                "m1",
                3,
                "Priya",
                FIREWALL,
                "I'll send the firewall change request by Friday",
                date(2024, 3, 8),
            ),
            item(
                "m1",
                7,
                "Raj",
                "Book the maintenance window for the cutover",
                "I can book the window",
                date(2024, 3, 11),
            ),
        ],
        M1,
        EMB,
        meetings=[M1, M2, M3],
    )


def test_a_completion_statement_closes_the_open_item_and_links_both_evidences() -> None:
    facts = first_meeting()
    done = item("m2", 2, "Priya", "Priya sent the firewall change", "I sent the firewall change yesterday")
    merged = merge_meeting_facts(facts, [done], M2, EMB, meetings=[M1, M2, M3])
    fw = next(f for f in merged if "firewall" in f.text)
    assert len([f for f in merged if isinstance(f, ActionItem)]) == 2  # absorbed, not added
    assert fw.status == "done"
    assert [(e.meeting_id, e.segment_id) for e in fw.evidence] == [("m1", 3), ("m2", 2)]
    assert [e.event for e in fw.history] == ["created", "done"]
    assert fw.history[-1].meeting_id == "m2" and fw.history[-1].at == M2.date


def test_a_passive_completion_by_someone_else_closes_the_item_when_no_owner_is_named() -> None:
    facts = first_meeting()
    said = item("m2", 4, None, "The maintenance window is booked", "the maintenance window is booked")
    merged = merge_meeting_facts(facts, [said], M2, EMB, meetings=[M1, M2, M3])
    window = next(f for f in merged if "maintenance" in f.text and f.meeting_id == "m1")
    assert window.status == "done"
    assert len(merged) == 2


def test_a_later_due_date_for_the_same_item_marks_it_slipped_with_history() -> None:
    facts = first_meeting()
    again = item(
        "m2",
        5,
        "Priya",
        "Send the firewall change request",
        "the firewall change request will go out next Friday instead",
        date(2024, 3, 15),
    )
    merged = merge_meeting_facts(facts, [again], M2, EMB, meetings=[M1, M2, M3])
    fw = next(f for f in merged if "firewall" in f.text)
    assert fw.status == "slipped"
    assert fw.due == date(2024, 3, 15)
    slip = fw.history[-1]
    assert slip.event == "slipped" and slip.due == date(2024, 3, 15)
    assert "2024-03-08 -> 2024-03-15" in slip.note
    assert len(merged) == 2
    [entry] = [e for e in ledger(merged, [M1, M2]) if e.fact_id == fw.id]
    assert entry.slips == 1 and entry.original_due == date(2024, 3, 8) and entry.meetings == ["m1", "m2"]


def test_a_restatement_with_the_same_due_date_updates_evidence_without_a_duplicate() -> None:
    facts = first_meeting()
    again = item(
        "m2",
        6,
        "Priya",
        FIREWALL,
        "reminder I owe the firewall change request to network security",
        date(2024, 3, 8),
    )
    merged = merge_meeting_facts(facts, [again], M2, EMB, meetings=[M1, M2, M3])
    fw = next(f for f in merged if "firewall" in f.text)
    assert len(merged) == 2
    assert fw.status == "open" and fw.history[-1].event == "updated"
    assert {e.meeting_id for e in fw.evidence} == {"m1", "m2"}


def test_a_resolved_blocker_statement_resolves_the_open_blocker() -> None:
    blocker = Blocker(
        text="Waiting for network security to approve the firewall rule",
        waiting_on="network security",
        meeting_id="m1",
        evidence=[ev("m1", 9, "Priya", "we're stuck until the firewall rule is approved")],
    )
    facts = merge_meeting_facts([], [blocker], M1, EMB)
    news = Decision(
        text="The firewall rule was approved",
        meeting_id="m2",
        evidence=[ev("m2", 1, "Dana", "good news, the firewall rule was approved")],
    )
    merged = merge_meeting_facts(facts, [news], M2, EMB)
    b = next(f for f in merged if isinstance(f, Blocker))
    assert b.status == "resolved"
    assert b.history[-1].event == "done" and b.history[-1].meeting_id == "m2"
    assert any(isinstance(f, Decision) for f in merged)  # the decision itself is kept


def test_an_unrelated_completion_by_the_same_owner_does_not_close_anything() -> None:
    facts = first_meeting()
    other = item("m2", 8, "Priya", "Priya sent the invoice to finance", "I sent the invoice yesterday")
    merged = merge_meeting_facts(facts, [other], M2, EMB, meetings=[M1, M2, M3])
    assert all(f.status == "open" for f in merged if isinstance(f, ActionItem) and f.meeting_id == "m1")
    assert len(merged) == 3


def test_a_negated_completion_does_not_close_the_item() -> None:
    facts = first_meeting()
    not_yet = item("m2", 2, "Priya", "Firewall change not sent yet", "I haven't sent the firewall change yet")
    merged = merge_meeting_facts(facts, [not_yet], M2, EMB, meetings=[M1, M2, M3])
    fw = next(f for f in merged if f.meeting_id == "m1" and "firewall" in f.text)
    assert fw.status == "open"


def test_a_completion_by_a_different_named_owner_does_not_close_the_item() -> None:
    facts = first_meeting()
    done = item("m2", 2, "Tom", "Tom sent the firewall change", "I sent the firewall change")
    merged = merge_meeting_facts(facts, [done], M2, EMB, meetings=[M1, M2, M3])
    assert next(f for f in merged if f.meeting_id == "m1" and "firewall" in f.text).status == "open"


def test_reextraction_replaces_the_meetings_facts_without_duplicates_and_keeps_pm_edits() -> None:
    facts = first_meeting()
    window = next(f for f in facts if "maintenance" in f.text)
    window.text = "Book the maintenance window (PM: for the Saturday cutover)"
    window.edited = True
    manual = ActionItem(text="Chase the licence order", owner="PM", meeting_id="m1", origin="manual")
    manual.assign_id()
    facts.append(manual)
    rerun = [
        item("m1", 3, "Priya", FIREWALL, "I'll send the firewall change request by Friday", date(2024, 3, 8)),
        item(
            "m1",
            7,
            "Raj",
            "Book the maintenance window for the cutover",
            "I can book the window",
            date(2024, 3, 11),
        ),
    ]
    merged = merge_meeting_facts(facts, rerun, M1, EMB, meetings=[M1, M2, M3])
    merged = merge_meeting_facts(merged, rerun, M1, EMB, meetings=[M1, M2, M3])
    texts = sorted(f.text for f in merged)
    assert texts == sorted([FIREWALL, window.text, "Chase the licence order"])
    assert next(f for f in merged if f.id == window.id).edited


def test_reextracting_the_later_meeting_twice_does_not_duplicate_history() -> None:
    facts = first_meeting()
    done = item("m2", 2, "Priya", "Priya sent the firewall change", "I sent the firewall change yesterday")
    merged = merge_meeting_facts(facts, [done], M2, EMB, meetings=[M1, M2, M3])
    merged = merge_meeting_facts(merged, [done], M2, EMB, meetings=[M1, M2, M3])
    fw = next(f for f in merged if "firewall" in f.text)
    assert [e.event for e in fw.history] == ["created", "done"]
    assert len(fw.evidence) == 2
    # A re-run of meeting 2 that no longer contains the statement reopens the item.
    reopened = merge_meeting_facts(merged, [], M2, EMB, meetings=[M1, M2, M3])
    fw = next(f for f in reopened if "firewall" in f.text)
    assert fw.status == "open" and [e.event for e in fw.history] == ["created"] and len(fw.evidence) == 1


def test_reextracting_an_earlier_meeting_keeps_what_later_meetings_recorded() -> None:
    facts = first_meeting()
    done = item("m2", 2, "Priya", "Priya sent the firewall change", "I sent the firewall change yesterday")
    merged = merge_meeting_facts(facts, [done], M2, EMB, meetings=[M1, M2, M3])
    rerun = [
        item("m1", 3, "Priya", FIREWALL, "I'll send the firewall change request by Friday", date(2024, 3, 8))
    ]
    again = merge_meeting_facts(merged, rerun, M1, EMB, meetings=[M1, M2, M3])
    fw = next(f for f in again if "firewall" in f.text)
    assert fw.status == "done" and {e.meeting_id for e in fw.evidence} == {"m1", "m2"}


def test_items_from_a_later_meeting_are_not_closed_by_an_earlier_one() -> None:
    later = merge_meeting_facts(
        [],
        [item("m3", 1, "Priya", FIREWALL, "I'll send the firewall change request", date(2024, 3, 22))],
        M3,
        EMB,
        meetings=[M1, M2, M3],
    )
    early = item("m2", 2, "Priya", "Priya sent the firewall change", "I sent the firewall change")
    merged = merge_meeting_facts(later, [early], M2, EMB, meetings=[M1, M2, M3])
    assert len(merged) == 2 and next(f for f in merged if f.meeting_id == "m3").status == "open"


def test_rebuild_tracks_meetings_in_date_order_whatever_the_input_order() -> None:
    by_meeting = {
        "m2": [
            item("m2", 2, "Priya", "Priya sent the firewall change", "I sent the firewall change yesterday")
        ],
        "m1": [item("m1", 3, "Priya", FIREWALL, "I'll send the firewall change request", date(2024, 3, 8))],
    }
    facts = rebuild(by_meeting, [M2, M1], EMB)
    assert len(facts) == 1 and facts[0].status == "done"


def test_tracking_survives_a_round_trip_through_the_repository(tmp_path) -> None:
    repo = Repository(tmp_path)
    eng = repo.create_engagement("Acme rollout")
    repo.save_facts(eng.id, first_meeting())
    done = item("m2", 2, "Priya", "Priya sent the firewall change", "I sent the firewall change yesterday")
    repo.save_facts(eng.id, merge_meeting_facts(repo.load_facts(eng.id), [done], M2, EMB))
    fw = next(f for f in repo.load_facts(eng.id) if "firewall" in f.text)
    assert fw.status == "done" and fw.history[-1].event == "done"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I sent the firewall change yesterday", True),
        ("the maintenance window is booked", True),
        ("done", True),
        ("I haven't sent it yet", False),
        ("I will send it once the window is booked", False),
        ("we are still waiting on the approval", False),
    ],
)
def test_completion_cues_respect_negation_and_future_tense(text: str, expected: bool) -> None:
    fact = ActionItem(text=text, evidence=[ev("m", 1, "x", text)])
    assert is_completion(fact) is expected


def test_overdue_is_computed_against_the_as_of_date() -> None:
    f = item("m1", 1, "Priya", FIREWALL, "by Friday", date(2024, 3, 8))
    assert not is_overdue(f, date(2024, 3, 8))
    assert is_overdue(f, date(2024, 3, 18)) and overdue_days(f, date(2024, 3, 18)) == 10
    f.status = "done"
    assert not is_overdue(f, date(2024, 3, 18)) and overdue_days(f, date(2024, 3, 18)) == 0


def test_content_stems_drop_stop_words_times_and_owner_names() -> None:
    assert content_stems("Priya sent the firewall change yesterday", exclude=["Priya"]) == {
        "send",
        "firewall",
        "chang",
    }


def test_a_team_named_with_and_without_a_leading_article_is_one_team() -> None:
    assert names_match("the network security team", "Network security team")
    assert names_match("our firewall team", "Firewall Team")
    assert not names_match("the network security team", "the device management vendor")


def test_a_name_with_an_initial_matches_the_full_name_but_not_another_surname() -> None:
    from assistant.tracking import is_variant_of, names_match

    assert names_match("Priya S.", "Priya Shah") and names_match("P. Shah", "Priya Shah")
    assert not names_match("Priya K.", "Priya Shah") and not names_match("P. S.", "Priya Shah")
    assert is_variant_of("Priya S.", "Priya Shah") and is_variant_of("Priya", "Priya Shah")
    assert not is_variant_of("Priya Sharma", "Priya S.") and not is_variant_of("Priya Shah", "Priya")
