"""Weekly status calls: terse replies to the PM's prompts still close, date and resolve the right items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import Blocker, FactBase, Person
from assistant.tracking import merge_meeting_facts
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Dana Reyes", "Marcus Lindqvist", "Tom Brennan", "Leo Chen", "Priya Nair", "Raj Patel", "Helen Okafor",
         "Sam Okoye", "Tomasz Nowak", "Dev Mehta", "Hana Cho"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 9, 7)


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


def test_a_done_report_that_names_the_work_only_in_the_pms_prompt_closes_that_item(track) -> None:
    facts = track(
        [("Dana Reyes", "Understood. Tom, on security, I need the BitLocker and encryption requirements."),
         ("Tom Brennan", "I'll send them over by end of week.")],
        [("Dana Reyes", "Tom, the BitLocker requirements?"),
         ("Tom Brennan", "I sent them Friday, they're in the shared folder.")],
    )
    [item] = items(facts)
    assert item.owner == "Tom Brennan" and item.status == "done"
    assert {e.meeting_id for e in item.evidence} == {"w1", "w2"}


def test_the_same_work_reported_done_without_the_prompt_stays_apart_from_an_unrelated_item(track) -> None:
    facts = track(
        [("Dana Reyes", "Tom, can you book the training room?"),
         ("Tom Brennan", "I'll send them over by end of week.")],
        [("Dana Reyes", "Tom, the BitLocker requirements?"),
         ("Tom Brennan", "I sent them Friday, they're in the shared folder.")],
    )
    assert not any(i.status == "done" and i.meeting_id == "w1" for i in items(facts))


def test_a_report_naming_one_word_of_the_owners_item_closes_it_and_the_speaker_owns_it(track) -> None:
    facts = track(
        [("Dana Reyes", "Leo, can you draft the compliance baseline?"),
         ("Leo Chen", "Yep, I'll have a draft baseline by the 18th.")],
        [("Dana Reyes", "Leo, the baseline?"),
         ("Leo Chen", "The baseline is done, I shared it on Friday. Tom has it for comment.")],
    )
    [item] = items(facts)
    assert item.owner == "Leo Chen" and item.status == "done" and item.due == date(2026, 9, 18)


def test_thanking_the_owner_for_what_arrived_closes_the_owners_item(track) -> None:
    facts = track(
        [("Priya Nair", "Dana, you'll send me the draft service desk runbook by Friday, right?"),
         ("Dana Reyes", "Yes, I'll send it to you Friday.")],
        [("Leo Chen", "The baseline is done."),
         ("Priya Nair", "And I got the runbook, thanks Dana. My team's reviewing it.")],
    )
    runbook = [i for i in items(facts) if "runbook" in i.text]
    assert [(i.owner, i.status) for i in runbook] == [("Dana Reyes", "done")]


def test_work_reported_gone_out_after_the_pm_calls_on_the_owner_closes_the_item(track) -> None:
    facts = track(
        [("Dana Reyes", "First thing I need to start the pilot is the list of pilot users."),
         ("Helen Okafor", "Marcus will get you the list by Thursday.")],
        [("Dana Reyes", "Morning. Let's go through the list. Marcus, pilot list?"),
         ("Marcus Lindqvist", "The pilot list finally went out on Tuesday. Twenty five names, all IT.")],
    )
    [item] = [i for i in items(facts) if i.meeting_id == "w1"]
    assert item.owner == "Marcus Lindqvist" and item.status == "done"


def test_the_awaited_party_doing_the_work_and_a_passive_report_resolve_their_blockers(track) -> None:
    facts = track(
        [("Marcus Lindqvist", "We're waiting on the network team to open the proxy exceptions."),
         ("Dana Reyes", "Licences? We're still waiting on procurement for the PO."),
         ("Marcus Lindqvist", "Helen did talk to procurement. We're blocked on licences for the pilot.")],
        [("Marcus Lindqvist", "Good news. The network team opened the proxy exceptions on Thursday."),
         ("Marcus Lindqvist", "The PO was raised Friday and the licences were assigned this morning.")],
    )
    blockers = [f for f in facts if isinstance(f, Blocker)]
    assert len(blockers) == 3 and {b.status for b in blockers} == {"resolved"}


def test_a_dated_reply_to_work_handed_to_the_replier_dates_that_item_instead_of_adding_one(track) -> None:
    facts = track([
        ("Marcus Lindqvist", "Tom's team will review the conditional access policies before the pilot."),
        ("Tom Brennan", "Yeah, we'll get to that by the 25th."),
        ("Dana Reyes", "Perfect."),
    ])
    [item] = items(facts)
    assert item.owner == "Tom Brennan's team" and item.due == date(2026, 9, 25) and len(item.evidence) == 2


def test_a_request_to_write_up_notes_accepted_with_a_date_is_the_accepters_item(track) -> None:
    facts = track([
        ("Dana Reyes", "Only if it's easy. Raj, can you write up the packaging notes for the service desk?"),
        ("Raj Patel", "Sure, by next Monday."),
    ])
    [item] = items(facts)
    assert item.owner == "Raj Patel" and item.due == date(2026, 9, 14) and "packaging notes" in item.text


def test_a_go_ahead_a_past_excuse_and_partial_progress_are_not_facts(track) -> None:
    facts = track([
        ("Marcus Lindqvist", "No, I didn't send it. I was waiting for the final date. I'll send it today."),
        ("Dana Reyes", "Please do, the pilot starts next Monday."),
        ("Leo Chen", "They've only packaged six of the ten."),
        ("Priya Nair", "Honestly my team is already stretched, we've got two people out on leave."),
    ])
    assert not [f for f in facts if isinstance(f, Blocker)]
    assert [(i.owner, i.status) for i in items(facts)] == [("Marcus Lindqvist", "open")]


def test_a_thing_waited_for_is_not_the_party_the_blocker_waits_on(track) -> None:
    facts = track([("Marcus Lindqvist", "We're blocked on licences for the pilot.")])
    [b] = [f for f in facts if isinstance(f, Blocker)]
    assert b.waiting_on is None


def test_a_need_put_to_a_named_person_is_theirs_not_whoever_waits_for_it(track) -> None:
    facts = track([
        ("Dana Reyes", "Tom, on security, I need the BitLocker requirements before Leo can build the policies."),
        ("Tom Brennan", "Sure, end of week."),
    ])
    assert [i.owner for i in items(facts)] == ["Tom Brennan"]


SLIP_CALLS = [
    [("Helen Okafor", "Marcus will get you the list by Thursday."),
     ("Marcus Lindqvist", "Yeah, Thursday works. I'll send the comms email by Friday too.")],
    [("Marcus Lindqvist", "Sorry, the list didn't go out. Can we push that to Wednesday?"),
     ("Dana Reyes", "Wednesday the 16th, fine."),
     ("Leo Chen", "Can I have till October 2nd?"),
     ("Dana Reyes", "October 2nd, fine.")],
    [("Marcus Lindqvist", "No, I didn't send it. I'll send the comms email today.")],
]


def test_an_agreed_ask_for_a_new_date_slips_the_askers_item_and_an_ask_moving_nothing_adds_nothing(track) -> None:
    facts = track(*SLIP_CALLS)
    listed = [i for i in items(facts) if "list" in i.text]
    assert [(i.status, i.due) for i in listed] == [("slipped", date(2026, 9, 16))]
    assert [e.event for e in listed[0].history] == ["created", "slipped"]
    assert not [i for i in items(facts) if i.owner == "Leo Chen"]  # Leo had no dated item to move


def test_extracting_every_call_again_leaves_the_same_facts_and_histories(track, minilm_extractor, minilm) -> None:
    facts = track(*SLIP_CALLS)
    ctxs = [meeting_context(turns, PEOPLE, date.fromordinal(WEEK1.toordinal() + 7 * k), mid=f"w{k + 1}")
            for k, turns in enumerate(SLIP_CALLS)]
    again = facts
    for ctx in ctxs:  # what `candor extract --engagement E` does: each meeting re-extracted, in date order
        again = merge_meeting_facts(again, list(minilm_extractor.extract(ctx).facts), ctx.meeting, minilm,
                                    meetings=[c.meeting for c in ctxs], people=PEOPLE)

    def state(fs: list[FactBase]) -> list[tuple]:
        return sorted((f.id, getattr(f, "status", None), getattr(f, "due", None), [e.event for e in f.history])
                      for f in fs)

    assert state(again) == state(facts)
    comms = [i for i in items(again) if "comms email" in i.text]
    assert len(comms) == 1 and comms[0].status == "slipped"  # moved by the later call, kept on re-extraction


def test_work_reported_done_in_the_owners_own_words_closes_their_items(track) -> None:
    facts = track(
        [("Sam Okoye", "Tomasz, can you get the replica credentials to Dev?"),
         ("Tomasz Nowak", "I'll get the read-only replica credentials to Dev by Friday."),
         ("Raj Patel", "I'll send the chart-of-accounts mapping by October 14."),
         ("Dev Mehta", "I'll run the trial extract on the sample schema by October 20."),
         ("Sam Okoye", "Linda hasn't been on for two weeks. I'll send Linda a summary note by Tuesday."),
         ("Hana Cho", "I'll chase the firewall team for a date by Thursday.")],
        [("Tomasz Nowak", "Good news first, Dev has the replica credentials now, I handed them over on Thursday."),
         ("Sam Okoye", "Great. And I sent Linda the summary on Tuesday, haven't heard back yet."),
         ("Dev Mehta", "Good news, the trial extract ran clean on Thursday, forty million rows, zero rejects."),
         ("Raj Patel", "And the mapping is in your inbox as of this morning, finally."),
         ("Hana Cho", "I did chase the firewall team, that's how we found out they rejected the form.")],
    )
    first = [i for i in items(facts) if i.meeting_id == "w1"]
    assert len(first) == 5 and all(i.status == "done" for i in first), [(i.text, i.status) for i in first]


def test_a_dated_reply_taking_on_the_item_just_handed_over_is_that_item(track) -> None:
    facts = track([
        ("Sam Okoye", "Hana will get the data-protection officer to sign off the DPIA by the end of the month."),
        ("Hana Cho", "I'll chase that, end of the month is fine."),
    ])
    [item] = items(facts)
    assert item.owner == "Hana Cho" and item.due == date(2026, 9, 30) and len(item.evidence) == 2


def test_a_restated_date_naming_no_work_slips_the_owners_item_even_as_an_ordinal(track) -> None:
    facts = track(
        [("Raj Patel", "I'll send the chart-of-accounts mapping by the 14th.")],
        [("Raj Patel", "Sorry, not yet. I'll get it to you by the 24th.")],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == date(2026, 9, 24)


def test_a_party_before_a_colon_and_another_week_of_waiting_are_one_blocker_on_that_party(track) -> None:
    facts = track(
        [("Dev Mehta", "We're blocked on the ETL vendor: their connector doesn't support the character set.")],
        [("Raj Patel", "Oh fantastic, another week of waiting on the ETL vendor.")],
    )
    blockers = [f for f in facts if isinstance(f, Blocker)]
    assert [(b.waiting_on, len(b.evidence)) for b in blockers] == [("the ETL vendor", 2)]


def test_asking_for_more_time_on_ones_teams_item_slips_it(track) -> None:
    facts = track(
        [("Marcus Lindqvist", "Tom's team will review the conditional access policies by the 25th.")],
        [("Tom Brennan", "I haven't started the review, I'll be honest. Can I have till October 2nd?"),
         ("Dana Reyes", "October 2nd, fine, but that's the latest.")],
    )
    [item] = items(facts)
    assert (item.owner, item.status, item.due) == ("Tom Brennan's team", "slipped", date(2026, 10, 2))


def test_a_blocker_said_to_be_resolved_and_work_signed_off_close_what_they_name(track) -> None:
    facts = track(
        [("Dana Reyes", "We are blocked on the SSO test tenant."),
         ("Priya Nair", "I will sign off the UAT test scripts by Friday.")],
        [("Dana Reyes", "Great, so the SSO blocker is resolved."),
         ("Priya Nair", "I signed off the UAT test scripts this morning.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "resolved" and blocker.meeting_id == "w1"
    assert [(i.owner, i.status) for i in items(facts)] == [("Priya Nair", "done")]


def test_a_decision_moving_work_to_a_date_slips_that_item_and_upbeat_talk_is_no_decision(track) -> None:
    facts = track(
        [("Raj Patel", "The reporting team will do the report inventory by September 10.")],
        [("Sam Okoye", "Let's move the report inventory to September 24."),
         ("Sam Okoye", "Honestly we're in good shape overall, all on track for the cutover."),
         ("Sam Okoye", "Let's move on to the next item.")],
    )
    [item] = items(facts)
    assert (item.owner, item.status, item.due) == ("reporting team", "slipped", date(2026, 9, 24))
    decisions = [f.text for f in facts if f.kind == "decision"]
    assert decisions == ["Let's move the report inventory to September 24."]


def test_an_acronym_in_the_report_closes_the_item_that_spells_it_out(track) -> None:
    facts = track(
        [("Leo Chen", "I'll draft the disaster recovery plan by Friday.")],
        [("Leo Chen", "The DR plan is done, I shared it yesterday.")],
    )
    assert [(i.owner, i.status) for i in items(facts)] == [("Leo Chen", "done")]
