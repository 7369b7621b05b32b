"""Rule hits the turn classifier does not back must be real follow-ups: complete, committed, outside the meeting."""

from __future__ import annotations

from datetime import date

from assistant.models import ActionItem, Person, Segment
from ingest.extraction import MeetingContext, rules
from ingest.extraction.offline import OfflineExtractor, _work_handed_out
from ingest.extraction.owners import NameIndex
from tests.builders import meeting_context

DAY = date(2024, 5, 6)
PEOPLE = [
    Person(name="Mark Ellis", side="vendor", expected_attendee=True),
    Person(name="Priya Nair", side="vendor", expected_attendee=True),
    Person(name="John Okafor", side="customer", expected_attendee=True),
    Person(name="Network Security", kind="team", aliases=["network security", "netsec"], side="customer"),
]


def ctx_of(turns: list[tuple[str, str]]) -> MeetingContext:
    return meeting_context(turns, PEOPLE, DAY, mid="m1")


def open_items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    fs = extractor.extract(ctx_of(turns))
    return [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open" and not f.conditional]


def test_a_sentence_cut_off_mid_word_or_on_a_function_word_is_a_fragment():
    assert rules.fragment("And uh I'll send you the the minutes of meet-")
    assert rules.fragment("Well I'll check uh with my")
    assert rules.fragment("I'll send the list to")
    assert not rules.fragment("I'll send the list.")
    assert not rules.fragment("I'll send the rollout plan to procurement by Friday")


def test_talk_aimed_at_the_room_is_not_a_listed_commitment():
    assert not rules.listed_commitment("So what I'm gonna talk to you about today is component design.")
    assert not rules.listed_commitment("I will tell something about the way this test was done.")
    assert not rules.listed_commitment("I'll just check what it said.")
    assert rules.listed_commitment("I'll talk to procurement about the licences.")
    assert rules.listed_commitment("I'll check what the lead time is with the carrier.")


def test_a_cut_off_promise_is_not_an_action_item_but_the_whole_one_is(extractor):
    assert open_items(extractor, [("Mark Ellis", "Okay."), ("Priya Nair", "And uh I'll send you the the minutes of meet-")]) == []
    [item] = open_items(extractor, [("Mark Ellis", "Okay."), ("Priya Nair", "I'll send you the minutes of the meeting.")])
    assert item.owner == "Priya Nair"


def test_a_team_that_can_deliver_something_has_not_committed_to_it(extractor):
    assert open_items(extractor, [
        ("Mark Ellis", "Uh for the casing, the manufacturing department can deliver a flat casing."),
        ("Priya Nair", "Right."),
    ]) == []
    [item] = open_items(extractor, [
        ("Mark Ellis", "The desktop team will package the softphone by Friday."),
        ("Priya Nair", "Right."),
    ])
    assert item.owner == "desktop team" and item.due == date(2024, 5, 10)


def test_a_team_subject_that_is_negated_or_cut_off_commits_to_nothing(extractor):
    assert open_items(extractor, [
        ("Mark Ellis", "And I hope our project group will not be slow, but we will work hard and do it as fast as we can."),
        ("Priya Nair", "The circuit board will b- you're right, the cost of the case would be fixed."),
    ]) == []


def test_a_team_that_is_needed_for_a_task_is_not_committed_to_it(extractor):
    assert open_items(extractor, [
        ("Mark Ellis", "Anything touching the firewall also needs network security to approve the rules."),
        ("Priya Nair", "Understood."),
    ]) == []
    [item] = open_items(extractor, [
        ("Mark Ellis", "Network security will approve the rules by Friday."),
        ("Priya Nair", "Understood."),
    ])
    assert item.owner == "Network Security"


def test_a_named_person_asked_to_tell_the_room_something_has_no_follow_up(extractor):
    assert open_items(extractor, [
        ("Mark Ellis", "Well, then Priya can uh tell us something about the current market."),
        ("John Okafor", "Okay."),
    ]) == []


def test_asking_the_room_for_an_opinion_is_not_a_request_that_a_reply_takes_on(extractor):
    assert not rules.request_question("Would they make sense for a PDA, what do you guys think?")
    assert rules.request_question("Could you send us a copy of your slides?")
    assert open_items(extractor, [
        ("Mark Ellis", "A PDA would make sense because you're gonna connect it to things, what do you guys think?"),
        ("Priya Nair", "Think we just need to come up with a nice interface on the touch screen."),
        ("John Okafor", "Hmm."),
    ]) == []


def test_a_request_to_send_the_slides_answered_yes_i_will_is_one_item_owned_by_whoever_answered(extractor):
    [item] = open_items(extractor, [
        ("Mark Ellis", "Would you mind, at the end of the meeting could you send us a copy of your slides?"),
        ("Priya Nair", "Yes, I will. Yes."),
        ("John Okafor", "Good."),
    ])
    assert item.owner == "Priya Nair"
    assert {e.segment_id for e in item.evidence} == {0, 1}


def test_a_condition_after_a_lead_in_stays_with_its_promise():
    text = "I mean if I get more numbers, I'll e-mail you before the next meeting."
    assert rules.clauses(text, (0, len(text))) == [(0, len(text))]
    text = "Okay, John will book the room, and I'll send the invite."
    assert len(rules.clauses(text, (0, len(text)))) == 2


def test_work_handed_to_someone_present_is_an_item_without_a_date(extractor):
    items = open_items(extractor, [
        ("Mark Ellis", "Um you're gonna look at product evaluation."),
        ("Priya Nair", "Okay."),
        ("John Okafor", "Fine."),
        ("Mark Ellis", "Priya should produce a working design."),
        ("John Okafor", "Good."),
    ])
    assert [(i.evidence[0].segment_id, i.owner) for i in items] == [(0, None), (3, "Priya Nair")]


def test_work_talk_that_is_hedged_asked_or_done_here_is_not_handed_out():
    index = NameIndex.build(PEOPLE, ["Mark Ellis", "Priya Nair"])
    assert _work_handed_out("Um you're gonna look at product evaluation.", "Mark Ellis", index)
    assert _work_handed_out("Priya should produce a working design.", "Mark Ellis", index)
    assert not _work_handed_out("Maybe you're going to look at product evaluation.", "Mark Ellis", index)
    assert not _work_handed_out("Are you going to look at the costs?", "Mark Ellis", index)
    assert not _work_handed_out("You're going to look at the screen here.", "Mark Ellis", index)
    assert not _work_handed_out("Priya should produce a working design.", "Priya Nair", index)
    assert not _work_handed_out("Network security should look at the rules.", "Mark Ellis", index)


def test_seeing_whether_one_can_do_something_takes_it_on_but_a_condition_does_not():
    assert not rules.conditional("I'll see if I can get hold of them for the next meeting.")
    assert rules.conditional("If I get the list, I'll pull the configs.")
    assert rules.conditional("I could maybe look at it.")


def _segs(turns: list[tuple[str, str]]) -> list[Segment]:
    return [Segment(id=i, start=float(i), end=i + 0.5, speaker=sp, text=t) for i, (sp, t) in enumerate(turns)]


def test_a_classifier_pick_needs_something_to_be_done_later_in_its_turn_or_the_one_it_continues():
    segs = _segs([
        ("A", "So we will have the next meeting in thirty minutes, the individual actions are for Rama the design,"),
        ("C", "Look and feel de-"),
        ("A", "um Mark the user interface design, and Sammy the product evaluation."),
        ("B", "That's Kate, for the working design."),
        ("D", "Well, the working design, that's my uh"),
    ])
    assert [OfflineExtractor._later(segs, i) for i in range(5)] == [True, False, True, False, False]


def test_asking_whether_anything_can_be_done_meanwhile_is_not_a_request_that_a_reply_takes_on(extractor):
    assert not rules.request_question("John, is there anything you can do in the meantime?")
    assert not rules.request_question("Is there anything we need from you, John?")
    assert rules.request_question("John, can you do the mappings in the meantime?")
    assert open_items(extractor, [
        ("Mark Ellis", "We're stuck on the export until the vendor switches it on."),
        ("Mark Ellis", "John, is there anything you can do in the meantime?"),
        ("John Okafor", "I can do the mappings with dummy values."),
    ]) == []
