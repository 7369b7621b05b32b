"""Tracking across meetings: completions, slips, resolutions, re-extraction and the ledger."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from assistant.engines.embedder import HashEmbedder
from assistant.models import ActionItem, Blocker, Decision, Evidence, FactBase, FollowUp, Meeting
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


def blocker(mid: str, seg: int, text: str, waiting_on: str | None, quote: str, **kw) -> Blocker:
    b = Blocker(text=text, waiting_on=waiting_on, meeting_id=mid, evidence=[ev(mid, seg, "Priya", quote)], **kw)
    b.assign_id()
    return b


VPN = "The VPN configuration is blocked until the firewall team approves the new rule"


def two_firewall_blockers() -> list[FactBase]:
    return merge_meeting_facts(
        [],
        [
            blocker("m1", 3, VPN, "the firewall team", VPN),
            blocker("m1", 4, "We are waiting on the firewall team", "the firewall team", "waiting on the firewall team"),
        ],
        M1,
        EMB,
        meetings=[M1, M2, M3],
    )


def test_a_restated_blocker_matching_two_earlier_blockers_on_the_same_party_links_to_the_oldest() -> None:
    first = merge_meeting_facts([], [blocker("m1", 3, VPN, "the firewall team", VPN)], M1, EMB, meetings=[M1, M2, M3])
    # The same blocker recorded a second time in meeting 2 (as the matcher used to do): an exact tie.
    second = blocker("m2", 4, VPN, "Firewall team", VPN)
    facts = [*first, second]
    assert second.id < first[0].id  # the lowest id alone would pick the newer one
    restated = blocker(
        "m3", 2, "The VPN configuration is still blocked, we are still waiting on the firewall team to approve it",
        "the firewall team", "still waiting on the firewall team to approve it",
    )
    merged = merge_meeting_facts(facts, [restated], M3, EMB, meetings=[M1, M2, M3])
    assert len([f for f in merged if isinstance(f, Blocker)]) == 2  # linked, not added
    linked = [f for f in merged if any(e.meeting_id == "m3" for e in f.history)]
    assert [f.meeting_id for f in linked] == ["m1"] and linked[0].history[-1].event == "updated"
    again = merge_meeting_facts(merged, [restated], M3, EMB, meetings=[M1, M2, M3])
    assert [f.model_dump() for f in again] == [f.model_dump() for f in merged]  # a re-run links the same way


def test_a_blocker_waiting_on_another_party_is_never_linked_to_an_open_blocker() -> None:
    facts = two_firewall_blockers()
    other = blocker("m2", 2, "We are waiting on the device vendor", "the device vendor", "waiting on the vendor")
    merged = merge_meeting_facts(facts, [other], M2, EMB, meetings=[M1, M2, M3])
    assert len([f for f in merged if isinstance(f, Blocker)]) == 3


def test_a_statement_that_the_blocking_party_approved_resolves_the_open_blocker_with_evidence() -> None:
    facts = merge_meeting_facts([], [blocker("m1", 3, VPN, "the firewall team", VPN)], M1, EMB)
    lifted = blocker(
        "m3", 2, "The firewall team approved the rule on Monday, so the VPN configuration is no longer blocked",
        "Firewall team", "The firewall team approved the rule on Monday, so the VPN configuration is no longer blocked",
        status="resolved",
    )
    merged = merge_meeting_facts(facts, [lifted], M3, EMB, meetings=[M1, M3])
    [b] = [f for f in merged if isinstance(f, Blocker)]
    assert b.status == "resolved"
    assert b.history[-1].event == "done" and b.history[-1].meeting_id == "m3"
    assert b.history[-1].evidence[0].quote.startswith("The firewall team approved")
    assert not any(isinstance(f, ActionItem) for f in merged)


def test_a_lifted_blocker_on_another_party_resolves_nothing() -> None:
    facts = merge_meeting_facts([], [blocker("m1", 3, VPN, "the firewall team", VPN)], M1, EMB)
    lifted = blocker(
        "m3", 2, "The vendor approved the new rule, so the VPN configuration is no longer blocked",
        "the vendor", "the vendor approved the new rule", status="resolved",
    )
    merged = merge_meeting_facts(facts, [lifted], M3, EMB, meetings=[M1, M3])
    assert next(f for f in merged if f.meeting_id == "m1").status == "open"


PLAN = "I'll update the project plan with the new pilot dates"


def test_a_completion_tied_between_an_item_and_its_pm_edited_duplicate_closes_the_oldest_also_on_a_rerun() -> None:
    facts = merge_meeting_facts(
        [], [item("m1", 6, "Ken", PLAN, PLAN, date(2024, 3, 6))], M1, EMB, meetings=[M1, M2, M3]
    )
    dup = item("m2", 4, "Ken", PLAN, "I'll do it", date(2024, 3, 15))
    dup.meeting_id = "m2"
    dup.edited = True  # the PM turned "I'll do it by Friday" into the task it stands for
    facts = [*facts, dup]
    done = item(
        "m3", 1, "Ken", "I updated the project plan with the new pilot dates", "I updated the project plan",
        status="done",
    )
    merged = merge_meeting_facts(facts, [done], M3, EMB, meetings=[M1, M2, M3])
    original = next(f for f in merged if f.meeting_id == "m1")
    assert original.status == "done" and original.history[-1].meeting_id == "m3"
    assert next(f for f in merged if f.id == dup.id).edited
    assert len(merged) == 2
    rerun = merge_meeting_facts(merged, [done], M3, EMB, meetings=[M1, M2, M3])
    assert next(f for f in rerun if f.meeting_id == "m1").status == "done"  # no flip back to open
    assert [e.event for e in next(f for f in rerun if f.meeting_id == "m1").history] == ["created", "done"]


def test_a_completion_tied_between_items_of_different_owners_still_closes_nothing() -> None:
    facts = merge_meeting_facts(
        [],
        [
            item("m1", 6, "Ken", "Update the project plan", "I'll update the project plan"),
            item("m1", 7, "Tom", "Update the project plan", "I'll update the project plan too"),
        ],
        M1,
        EMB,
    )
    done = item("m2", 1, None, "The project plan is updated", "the project plan is updated", status="done")
    merged = merge_meeting_facts(facts, [done], M2, EMB)
    assert all(f.status == "open" for f in merged if f.meeting_id == "m1")


def test_a_blocker_raised_restated_and_cleared_over_three_meetings_is_one_resolved_blocker_and_not_red() -> None:
    from assistant.models import Segment, Transcript
    from assistant.status import compute_status
    from ingest.extraction import MeetingContext
    from ingest.extraction.offline import OfflineExtractor

    extractor = OfflineExtractor(embedder=EMB)
    said = {
        "m1": [
            ("Ken Adams", "Priya, where are we with the VPN configuration?"),
            ("Priya Shah", "The VPN configuration is blocked until the firewall team approves the new rule. "
                           "We are waiting on the firewall team."),
        ],
        "m2": [
            ("Ken Adams", "Any news on the VPN?"),
            ("Priya Shah", "But the VPN configuration is still blocked, we are still waiting on the firewall team "
                           "to approve it."),
        ],
        "m3": [
            ("Ken Adams", "And the VPN?"),
            ("Priya Shah", "The firewall team approved the rule on Monday, so the VPN configuration is no longer "
                           "blocked."),
        ],
    }
    meetings = [M1, M2, M3]
    facts: list[FactBase] = []
    for m in meetings:
        segs = [Segment(id=i, start=i * 5.0, end=i * 5.0 + 4, speaker=who, text=text)
                for i, (who, text) in enumerate(said[m.meeting_id])]
        tr = Transcript(sha256=m.sha256, source_name=m.source_file, source_kind="import", segments=segs)
        ctx = MeetingContext(meeting=m, transcript=tr, people=[], speaker_names={s.speaker: s.speaker for s in segs})
        facts = merge_meeting_facts(facts, list(extractor.extract(ctx).facts), m, EMB, meetings=meetings)
        if m is M2:
            uncleared = facts

    [b] = [f for f in facts if isinstance(f, Blocker)]
    assert b.status == "resolved" and b.meeting_id == "m1"
    assert [(e.event, e.meeting_id) for e in b.history] == [("created", "m1"), ("updated", "m2"), ("done", "m3")]
    assert {e.meeting_id for e in b.evidence} == {"m1", "m2", "m3"} and len(b.evidence) == 4
    assert not any(isinstance(f, ActionItem) for f in facts)  # the clearing is not a stray done item

    as_of = date(2024, 3, 26)  # three weeks after the blocker was raised, a week after it was cleared
    never_cleared = compute_status("acme", uncleared, [M1, M2], [], as_of)
    assert never_cleared.dimensions["blockers"].status == "red" and never_cleared.metrics["open_blockers"] == 1
    day_before = compute_status("acme", facts, meetings, [], M3.date - (M2.date - M1.date) / 7)
    assert day_before.metrics["open_blockers"] == 1  # replayed: still open the day before it was cleared
    after = compute_status("acme", facts, meetings, [], as_of)
    assert after.dimensions["blockers"].status == "green"
    assert after.metrics["open_blockers"] == 0


def test_reextracting_a_middle_meeting_relinks_its_restatement_to_an_item_a_later_meeting_closed() -> None:
    meetings = [M1, M2, M3]
    facts = merge_meeting_facts(
        [], [item("m1", 6, "Ken", PLAN, PLAN, date(2024, 3, 6))], M1, EMB, meetings=meetings
    )
    slip = item("m2", 4, "Ken", "I'll update the project plan by Friday", "I'll do it by Friday", date(2024, 3, 15))
    done = item("m3", 1, "Ken", "I updated the project plan with the new pilot dates", "I updated the project plan",
                status="done")
    facts = merge_meeting_facts(facts, [slip], M2, EMB, meetings=meetings)
    facts = merge_meeting_facts(facts, [done], M3, EMB, meetings=meetings)
    again = merge_meeting_facts(facts, [slip], M2, EMB, meetings=meetings)  # `candor extract` of meeting 2 only
    assert len(again) == 1
    [plan] = again
    assert [(e.event, e.meeting_id) for e in plan.history] == [("created", "m1"), ("slipped", "m2"), ("done", "m3")]
    assert plan.status == "done" and plan.due == date(2024, 3, 15)


def test_reextracting_every_meeting_after_a_pm_edit_keeps_the_edit_and_adds_no_fact_or_event() -> None:
    from assistant.models import FactEvent

    meetings = [M1, M2, M3]
    first = [item("m1", 6, "Ken", PLAN, PLAN, date(2024, 3, 6))]
    slip = [item("m2", 4, "Ken", "I'll update the project plan by Friday", "I'll do it by Friday", date(2024, 3, 15))]
    done = [item("m3", 1, "Ken", "I updated the project plan with the new pilot dates", "I updated the project plan",
                 status="done")]
    facts = merge_meeting_facts([], first, M1, EMB, meetings=meetings)
    facts = merge_meeting_facts(facts, slip, M2, EMB, meetings=meetings)
    facts = merge_meeting_facts(facts, done, M3, EMB, meetings=meetings)
    [plan] = facts
    plan.text = "Update the project plan with the new pilot dates"
    plan.edited = True
    plan.history.append(FactEvent(at=date(2024, 3, 20), event="edited", note="text: ..."))
    before = plan.model_dump()
    for m, said in ((M1, first), (M2, slip), (M3, done), (M2, slip)):
        facts = merge_meeting_facts(facts, said, m, EMB, meetings=meetings)
    assert [f.model_dump() for f in facts] == [before]


@pytest.mark.parametrize(
    ("promise", "report"),
    [
        ("I'll publish the page templates by Friday", "I published the page templates on Friday"),
        ("I'll migrate the HR pages by March 20", "I migrated the HR pages last week, all checked by HR"),
        ("I'll run the accessibility review by April 10", "The accessibility review is done, no major findings"),
    ],
)
def test_work_reported_done_in_other_words_or_with_a_trailing_remark_closes_the_open_item(
    promise: str, report: str
) -> None:
    from ingest.extraction import rules

    assert rules.completed(report)
    first = merge_meeting_facts(
        [], [item("m1", 3, "Priya Nair", promise, promise, date(2024, 3, 8))], M1, EMB, meetings=[M1, M2]
    )
    owner = "Priya Nair" if report.startswith("I ") else None
    done = item("m2", 2, owner, report, report, status="done")
    merged = merge_meeting_facts(first, [done], M2, EMB, meetings=[M1, M2])
    assert len(merged) == 1, [f.text for f in merged]
    assert merged[0].status == "done" and merged[0].history[-1].meeting_id == "m2"


def test_going_live_later_is_not_reported_as_done() -> None:
    from ingest.extraction import rules

    assert not rules.completed("We decided to go live on April 21 as planned.")
    assert not rules.completed("The portal will go live next week.")


def vendor_blocker(mid: str, seg: int, text: str, waiting_on: str | None = "the device-management vendor") -> Blocker:
    f = Blocker(text=text, waiting_on=waiting_on, meeting_id=mid, evidence=[ev(mid, seg, "Ravi Menon", text)])
    f.assign_id()
    return f


ENROLL = "We are waiting on the device-management vendor to enroll the test laptops."
STILL_ENROLL = "We are still blocked by the device-management vendor on the laptop enrollment."


def test_enroll_and_enrollment_share_a_stem() -> None:
    assert content_stems("laptop enrollment") == content_stems("enroll laptops")


def test_a_still_blocked_restatement_on_the_same_party_updates_the_open_blocker_despite_low_overlap() -> None:
    facts = merge_meeting_facts([], [vendor_blocker("m1", 1, ENROLL)], M1, EMB)
    still = vendor_blocker("m2", 3, "The device-management vendor is still holding us up, nothing has moved.")
    facts = merge_meeting_facts(facts, [still], M2, EMB, meetings=[M1, M2])
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert [e.event for e in blocker.history] == ["created", "updated"]
    assert blocker.history[-1].meeting_id == "m2"
    facts = merge_meeting_facts(facts, [vendor_blocker("m3", 2, STILL_ENROLL)], M3, EMB, meetings=[M1, M2, M3])
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert [e.event for e in blocker.history] == ["created", "updated", "updated"]
    # Re-running a meeting links the same way.
    again = merge_meeting_facts(facts, [still], M2, EMB, meetings=[M1, M2, M3])
    [blocker2] = [f for f in again if isinstance(f, Blocker)]
    assert blocker2.history == blocker.history and len(again) == len(facts)


@pytest.mark.parametrize(
    ("text", "waiting_on"),
    [
        ("The device-management vendor is holding the SSO certificates.", "the device-management vendor"),  # no cue
        ("We are still blocked by network security on the firewall change.", "network security"),  # other party
        ("We are still blocked on the printer mappings.", None),  # no party
    ],
)
def test_a_blocker_without_a_still_cue_or_on_another_party_stays_separate(text: str, waiting_on: str | None) -> None:
    facts = merge_meeting_facts([], [vendor_blocker("m1", 1, ENROLL)], M1, EMB)
    facts = merge_meeting_facts(facts, [vendor_blocker("m2", 3, text, waiting_on)], M2, EMB, meetings=[M1, M2])
    assert len([f for f in facts if isinstance(f, Blocker)]) == 2


def test_a_still_blocked_statement_is_not_merged_when_the_party_has_two_open_blockers() -> None:
    first = [vendor_blocker("m1", 1, ENROLL), vendor_blocker("m1", 2, "We need the vendor to ship the docking stations.")]
    facts = merge_meeting_facts([], first, M1, EMB)
    still = vendor_blocker("m2", 3, "The device-management vendor is still holding us up.")
    facts = merge_meeting_facts(facts, [still], M2, EMB, meetings=[M1, M2])
    assert len([f for f in facts if isinstance(f, Blocker)]) == 3


RAVI = "Ravi Menon"
TEST_USERS = "Ravi will send the list of test users by Friday."


def test_a_dated_it_from_an_owner_with_one_open_item_slips_that_item() -> None:
    facts = merge_meeting_facts([], [item("m1", 3, RAVI, TEST_USERS, TEST_USERS, date(2024, 3, 8))], M1, EMB)
    later = item("m2", 1, RAVI, "I'll get it to you by Wednesday.", "Sorry, not yet, I'll get it to you by Wednesday.",
                 date(2024, 3, 13))
    facts = merge_meeting_facts(facts, [later], M2, EMB, meetings=[M1, M2])
    [only] = [f for f in facts if isinstance(f, ActionItem)]
    assert only.status == "slipped" and only.due == date(2024, 3, 13)
    assert only.history[-1].event == "slipped" and only.history[-1].due == date(2024, 3, 13)
    assert only.history[-1].evidence[0].quote.startswith("Sorry, not yet")


def test_reextracting_a_middle_meeting_slips_the_item_again_instead_of_adding_a_second_one() -> None:
    facts = merge_meeting_facts([], [item("m1", 3, RAVI, TEST_USERS, TEST_USERS, date(2024, 3, 8))], M1, EMB)
    it = item("m2", 1, RAVI, "I'll get it to you by Wednesday.", "Sorry, not yet, I'll get it to you by Wednesday.",
              date(2024, 3, 13))
    facts = merge_meeting_facts(facts, [it], M2, EMB, meetings=[M1, M2, M3])
    month_end = item("m3", 2, RAVI, "Ravi will send the test user list by end of month.",
                     "The test user list is still not done, it will be end of month now.", date(2024, 3, 29))
    facts = merge_meeting_facts(facts, [month_end], M3, EMB, meetings=[M1, M2, M3])
    # The item's due is now 29 Mar; re-extracting m2 compares "by Wednesday" with the 8 Mar it had then.
    again = merge_meeting_facts(facts, [it], M2, EMB, meetings=[M1, M2, M3])
    [only] = [f for f in again if isinstance(f, ActionItem)]
    assert [(e.event, e.due) for e in only.history] == [
        ("created", date(2024, 3, 8)),
        ("slipped", date(2024, 3, 13)),
        ("slipped", date(2024, 3, 29)),
    ]
    assert only.due == date(2024, 3, 29) and only.status == "slipped"


@pytest.mark.parametrize(
    ("owner", "text", "due", "extra"),
    [
        (RAVI, "I'll send the budget by Wednesday.", date(2024, 3, 13), False),  # names other work
        ("Lena Kim", "I'll get it to you by Wednesday.", date(2024, 3, 13), False),  # another owner
        (None, "I'll get it to you by Wednesday.", date(2024, 3, 13), False),  # nobody named
        (RAVI, "I'll get it to you by Wednesday.", date(2024, 3, 13), True),  # two open items: which one?
        (RAVI, "I'll get it to you by Wednesday.", None, False),  # no new date
    ],
)
def test_a_dated_it_is_a_new_item_unless_exactly_one_open_item_of_that_owner_fits(
    owner: str | None, text: str, due: date | None, extra: bool
) -> None:
    first = [item("m1", 3, RAVI, TEST_USERS, TEST_USERS, date(2024, 3, 8))]
    if extra:
        first.append(item("m1", 5, RAVI, "Ravi will book the training room by Friday.", "Book the room", date(2024, 3, 8)))
    facts = merge_meeting_facts([], first, M1, EMB)
    facts = merge_meeting_facts(facts, [item("m2", 1, owner, text, text, due)], M2, EMB, meetings=[M1, M2])
    assert len([f for f in facts if isinstance(f, ActionItem)]) == len(first) + 1
    assert all(e.event == "created" for f in facts for e in f.history)


def test_a_still_waiting_statement_restates_the_one_of_the_partys_open_blockers_it_names() -> None:
    first = [vendor_blocker("m1", 1, ENROLL), vendor_blocker("m1", 2, "We need the vendor to ship the docking stations.")]
    facts = merge_meeting_facts([], first, M1, EMB)
    recap = vendor_blocker("m2", 3, "Recap: Tom's test plan Friday, the rota Monday, and we're still waiting on the "
                                    "device-management vendor for the docking stations.")
    facts = merge_meeting_facts(facts, [recap], M2, EMB, meetings=[M1, M2])
    blockers = [f for f in facts if isinstance(f, Blocker)]
    assert len(blockers) == 2
    [docking] = [b for b in blockers if "docking" in b.text and b.history[0].meeting_id == "m1"]
    assert [e.event for e in docking.history] == ["created", "updated"]


def test_the_follow_up_pass_is_asked_about_items_the_meeting_already_moved_but_cannot_move_them_again() -> None:
    facts = first_meeting()
    again = item("m2", 5, "Priya", "Send the firewall change request", "the firewall change request will go out "
                 "next Friday instead", date(2024, 3, 15))
    asked: list[set[str]] = []

    def finder(items: list[FactBase], due: dict[str, date | None]) -> list[FollowUp]:
        # a scripted pass: the sentence that moved the firewall item is its best match; it returns a second slip
        asked.append({f.id for f in items})
        fw = next(f for f in items if "firewall" in f.text)
        return [FollowUp(item_id=fw.id, event="slipped", due=date(2024, 3, 29), evidence=[again.evidence[0]],
                         score=0.9, reason="scripted")]

    merged = merge_meeting_facts(facts, [again], M2, EMB, meetings=[M1, M2, M3], follow_up=finder)
    fw = next(f for f in merged if "firewall" in f.text)
    assert fw.id in asked[0]  # it claims its sentence, so no other item is given it
    assert (fw.due, [e.event for e in fw.history]) == (date(2024, 3, 15), ["created", "slipped"])


def test_a_still_parked_wait_in_new_words_restates_the_blocker_its_prompt_names() -> None:
    union = vendor_blocker("m1", 1, "But it does mean I can't load the shift patterns until the union's signed off.",
                           "the union")
    union.context = "We've not agreed anything on the roster history yet."
    other = vendor_blocker("m1", 2, "I can't book the second parallel run until Graham signs that CR.", "Graham")
    facts = merge_meeting_facts([], [union, other], M1, EMB)
    still = vendor_blocker("m2", 3, "The roster history is still parked behind the consultation.", None)
    still.context = "Dev, where are we on shift patterns then?"
    facts = merge_meeting_facts(facts, [still], M2, EMB, meetings=[M1, M2])
    blockers = [f for f in facts if isinstance(f, Blocker)]
    assert len(blockers) == 2
    [shift] = [b for b in blockers if "shift" in b.text]
    assert [e.event for e in shift.history] == ["created", "updated"]
