"""Commitments with any task verb: what counts as a promise and what is narration, a hedge or a condition."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from assistant.engines.embedder import HashEmbedder
from assistant.models import ActionItem, Person
from ingest.extraction import MeetingContext, rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

MON = date(2024, 6, 24)
PEOPLE = [
    Person(name="Mark Ellis", side="vendor"),
    Person(name="Priya Nair", side="vendor"),
    Person(name="John Okafor", side="customer"),
    Person(name="Ken Mori", side="customer"),
    Person(name="Network Security", kind="team", aliases=["network security"], side="customer"),
]


def ctx_of(turns: list[tuple[str, str]]) -> MeetingContext:
    return meeting_context(turns, PEOPLE, MON, mid="m")


def items_from(extractor: OfflineExtractor, sentence: str) -> list[ActionItem]:
    """Action items whose evidence is the middle turn of a three-turn call."""
    fs = extractor.extract(ctx_of([("Mark Ellis", "Morning everyone, let's get going."), ("Priya Nair", sentence),
                                   ("John Okafor", "Thanks, that works.")]))
    return [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open"
            and any(e.segment_id == 1 for e in f.evidence)]


@pytest.mark.parametrize("sentence", [
    "I'll pull the switch configs for the twelve branches tomorrow.",
    "I'm going to line up the engineers for the night of the 4th.",
    "I'll be sending the invites this afternoon.",
    "I'll walk Ken through the cutover runbook on Thursday.",
    "I'll go and collect the laptops from the depot on Monday.",
    "I'll pass the quote on to procurement.",
])
def test_a_first_person_promise_with_a_verb_outside_the_closed_list_is_a_commitment(sentence: str) -> None:
    span = rules.self_commitment(sentence)
    assert span is not None and sentence[span[0] : span[1]].split()
    assert rules.commitment(sentence)


@pytest.mark.parametrize("sentence", [
    "I'll be honest, the last wave was rough.",
    "I'll think about it.",
    "I'll share my screen.",
    "Let me start with the risks.",
    "I'll see you all next Tuesday.",
    "I'll need the list of sites by Friday.",
    "I'll hand over to Priya for the technical update.",
    "Now I'll look at this board.",
    "Guess I'll pass the pen to our designer.",
    "I'm gonna about the uh spider.",
    "Maybe I'll reschedule the pilot with the service desk.",
    "If I get the list, I'll pull the configs tomorrow.",
    "I won't reschedule the pilot this week.",
    "Shall I reschedule the pilot?",
])
def test_stative_hedged_conditional_and_meeting_running_talk_is_not_a_first_person_commitment(sentence: str) -> None:
    assert rules.self_commitment(sentence) is None


def test_an_unlisted_verb_with_a_date_becomes_an_owned_dated_item(extractor: OfflineExtractor) -> None:
    [item] = items_from(extractor, "I'll pull the switch configs for the twelve branches tomorrow.")
    assert item.owner == "Priya Nair"
    assert item.due == date(2024, 6, 25)
    assert not item.conditional


def test_an_unlisted_verb_naming_a_team_is_an_item_without_a_date(extractor: OfflineExtractor) -> None:
    [item] = items_from(extractor, "I'll coordinate the rule changes with network security.")
    assert item.owner == "Priya Nair" and item.due is None


def test_an_unlisted_verb_without_date_or_party_is_narration_not_an_item(extractor: OfflineExtractor) -> None:
    assert items_from(extractor, "I'll grab the wire out of the back of this one.") == []


def test_a_named_person_with_an_unlisted_verb_and_a_date_owns_the_item(extractor: OfflineExtractor) -> None:
    [item] = items_from(extractor, "Ken is going to reissue the certificates tomorrow.")
    assert item.owner == "Ken Mori" and item.due == date(2024, 6, 25)


def test_we_with_an_unlisted_verb_is_the_group_plan_not_an_item(extractor: OfflineExtractor) -> None:
    assert items_from(extractor, "And then we're going to close the project today.") == []


def test_a_condition_before_a_promise_stays_with_it_and_the_item_is_conditional(extractor: OfflineExtractor) -> None:
    text = "If I get the list, I'll send the configs tomorrow."
    assert rules.clauses(text, (0, len(text))) == [(0, len(text))]
    assert rules.conditional(text)
    assert all(i.conditional for i in items_from(extractor, text))


def test_a_probably_or_maybe_promise_is_hedged() -> None:
    assert rules.conditional("I'll probably look at it next week.")
    assert rules.conditional("Maybe I'll send it after the call.")
    assert not rules.conditional("Yes, I'll confirm it by Thursday.")
    # "if and so forth" is not a condition on the promise that follows
    assert not rules.conditional("Like because and if and so forth, but I'll put most of it in the report.")


@pytest.mark.parametrize("sentence, due", [
    ("Um. If Ken turns the comments round this week, I'll have it signed off by Friday week.", date(2024, 7, 5)),
    ("If the key comes tomorrow, I'll have the trial load run and the recon numbers out by Thursday.",
     date(2024, 6, 27)),
    ("Honestly, if the change board approves on the 1st, I'll push the build on the 2nd.", date(2024, 7, 2)),
])
def test_a_dated_promise_that_waits_on_another_partys_step_is_an_open_commitment(
    extractor: OfflineExtractor, sentence: str, due: date
) -> None:
    assert not rules.conditional(sentence) and not rules.has_condition(sentence)
    [item] = items_from(extractor, sentence)
    assert item.owner == "Priya Nair" and item.due == due and not item.conditional


@pytest.mark.parametrize("sentence", [
    "If Ken wants, I'll run one of the messy courses through by Friday.",
    "If I get the list, I'll send the configs tomorrow.",
    "If it helps, I'll send the configs tomorrow.",
    "If they do, I'll stop chasing.",
])
def test_a_wish_the_speakers_own_luck_or_an_undated_promise_keeps_the_condition(sentence: str) -> None:
    assert rules.conditional(sentence)


# ---------------------------------------------------------------- decisions


@pytest.mark.parametrize("sentence", [
    "Fine, let's lock those dates.",
    "No, we're getting rid of the desk phones entirely, everyone goes on headsets.",
    "We'll go ahead with the Tuesday cutover.",
    "That's confirmed then: the pilot is at Leeds.",
    "Okay, let's push the second wave to September.",
])
def test_a_choice_announced_or_closing_a_discussion_is_a_decision(sentence: str) -> None:
    assert rules.DECISION.search(sentence)
    assert not OfflineExtractor._not_decision(sentence, set())


@pytest.mark.parametrize("sentence", [
    "Okay, let's get started.",
    "So let's see what the others think.",
    "Right, let's move on to the risks.",
    "So let's suppose my daughter takes it.",
])
def test_running_the_meeting_with_lets_is_not_a_decision(sentence: str) -> None:
    assert not rules.DECISION.search(sentence) or OfflineExtractor._not_decision(sentence, set())


def test_a_conditional_or_guessed_choice_and_a_reference_to_an_old_one_are_not_decisions() -> None:
    assert OfflineExtractor._not_decision("So if we go ahead with the three presentations.", set())
    assert OfflineExtractor._not_decision("I guess we're keeping it simple.", set())
    assert OfflineExtractor._not_decision("I'll approve the quote this week, it's within the budget we agreed.", set())
    assert not OfflineExtractor._not_decision("We agreed the pilot starts on the 4th.", set())


# ---------------------------------------------------------------- requests nobody took on


def test_a_request_acknowledged_but_taken_on_by_nobody_is_an_item_without_an_owner(
        extractor: OfflineExtractor) -> None:
    fs = extractor.extract(ctx_of([
        ("Priya Nair", "The cutovers are all at night."),
        ("John Okafor", "Can you make sure the branch staff know the cutovers are at night?"),
        ("Mark Ellis", "Good point."),
        ("Ken Mori", "Another thing, the Bristol line."),
    ]))
    [item] = [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open"]
    assert item.evidence[0].segment_id == 1 and item.owner is None and not item.conditional


@pytest.mark.parametrize("reply", ["Can I come back to you on that?", "No, not this week.", "Good point, but not now."])
def test_a_request_declined_or_answered_with_a_question_is_not_an_item(extractor: OfflineExtractor,
                                                                         reply: str) -> None:
    fs = extractor.extract(ctx_of([
        ("Priya Nair", "The cutovers are all at night."),
        ("John Okafor", "Can you make sure the branch staff know the cutovers are at night?"),
        ("Mark Ellis", reply),
        ("Ken Mori", "Another thing, the Bristol line."),
    ]))
    assert not [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open"
                and any(e.segment_id == 1 for e in f.evidence)]


@pytest.mark.parametrize("reply", ["That's on me.", "Yes, I've got it.", "I'll pick it up.", "Sure, I'm happy to do that."])
def test_taking_a_request_on_in_other_words_is_an_acceptance(reply: str) -> None:
    assert rules.ACCEPT.search(reply)


def test_an_acceptance_in_other_words_makes_the_replier_the_owner(extractor: OfflineExtractor) -> None:
    fs = extractor.extract(ctx_of([
        ("Mark Ellis", "Ken, can you send the carrier the porting form?"),
        ("Ken Mori", "That's on me."),
        ("John Okafor", "Good, next item."),
    ]))
    [item] = [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open"]
    assert item.owner == "Ken Mori"


# ---- first mentions phrased as a result, a target, a promise to the listener or someone else's undertaking


class RulesOnly(OfflineExtractor):
    """The extractor with a classifier that picks nothing: what the rules alone find."""

    def turn_probabilities(self, texts: list[str], speakers: list[str]) -> dict[str, np.ndarray]:
        return {k: np.zeros_like(v) for k, v in super().turn_probabilities(texts, speakers).items()}


@pytest.fixture(scope="module")
def rules_only() -> OfflineExtractor:
    return RulesOnly(embedder=HashEmbedder())


def open_items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    fs = extractor.extract(ctx_of(turns))
    return [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open" and not f.conditional]


@pytest.mark.parametrize(("sentence", "due"), [
    ("I'll have the export job running in staging by Thursday.", date(2024, 6, 27)),
    ("We'll have the twelve scanners on site at Leeds by Friday.", date(2024, 6, 28)),
    ("I can have the floor plans over to you Wednesday.", date(2024, 6, 26)),
    ("Assuming the change is approved, my team'll have the VLANs configured by the 28th.", date(2024, 6, 28)),
    ("I'm aiming to get the Leeds site surveyed by the 28th.", date(2024, 6, 28)),
    ("Let's say I sign the scope off by Friday the 28th.", date(2024, 6, 28)),
])
def test_a_result_or_an_aim_promised_for_a_date_in_any_words_is_the_speakers_item(
        extractor: OfflineExtractor, sentence: str, due: date) -> None:
    [item] = items_from(extractor, sentence)
    assert item.owner == "Priya Nair" and item.due == due


@pytest.mark.parametrize("sentence", [
    "You'll have the cutover checklist by Thursday.",
    "First thing Thursday. You'll have the cutover checklist first thing Thursday.",
])
def test_a_promise_put_to_the_listener_is_owned_by_the_speaker(extractor: OfflineExtractor, sentence: str) -> None:
    [item] = items_from(extractor, sentence)
    assert item.owner == "Priya Nair" and item.due == date(2024, 6, 27)


def test_a_result_the_listener_is_told_to_have_done_is_not_the_speakers() -> None:
    from ingest.extraction.owners import speaker_promises_to_listener
    assert speaker_promises_to_listener("You'll have the runbook by Tuesday.")
    assert not speaker_promises_to_listener("You'll have the runbook signed off by Tuesday.")
    assert not speaker_promises_to_listener("You'll have to send the runbook by Tuesday.")


def test_a_dated_it_after_a_promise_dates_that_promise_instead_of_making_a_second_item(
        extractor: OfflineExtractor) -> None:
    [item] = items_from(extractor, "Right. Then fine, I'll do the seating plan. You'll have it by the 28th.")
    assert item.due == date(2024, 6, 28) and "seating plan" in item.text and "by the 28th" in item.evidence[0].quote


@pytest.mark.parametrize("reply", ["Yep, sure. I'm aiming for Thursday.", "Forty scripts. Um. Yeah. I'll go through "
                                   "them, Thursday."])
def test_a_request_taken_on_with_a_target_date_after_short_openers_is_the_repliers(
        extractor: OfflineExtractor, reply: str) -> None:
    items = open_items(extractor, [
        ("Mark Ellis", "Ken, can you go through the test scripts, they're spread over four documents?"),
        ("Ken Mori", reply),
        ("John Okafor", "Good, next item."),
    ])
    assert [(i.owner, i.due) for i in items] == [("Ken Mori", date(2024, 6, 27))]


@pytest.mark.parametrize(("request_turn", "reply", "due", "work"), [
    ("The other thing, I'll need read access to your reporting database.",
     "The reporting database, yes. Leave that with me. End of next week.", date(2024, 7, 5), "reporting database"),
    ("For the porting we need the account number for every line. Ken, is that something you could get hold of?",
     "It's in three different invoices, but fine. Leave it with me, Friday.", date(2024, 6, 28), "account number"),
    ("So you're setting up the test accounts on your side?",
     "Yeah. Give me till Thursday. I have to raise a ticket for it.", date(2024, 6, 27), "test accounts"),
    ("Ken, can you run the load test against the peak-day file?", "Yep, leave that with me. I'll have numbers by the "
     "28th.", date(2024, 6, 28), "load test"),
])
def test_a_request_taken_on_elliptically_after_a_comment_is_the_repliers_with_the_date_said(
        extractor: OfflineExtractor, request_turn: str, reply: str, due: date, work: str) -> None:
    items = open_items(extractor, [
        ("Mark Ellis", "Ken, the porting."),
        ("Ken Mori", "We've started on it."),
        ("Mark Ellis", request_turn),
        ("Ken Mori", reply),
        ("John Okafor", "Good, next item."),
    ])
    assert [(i.owner, i.due) for i in items] == [("Ken Mori", due)] and work in items[0].text


@pytest.mark.parametrize(("sentence", "due", "work"), [
    ("Right, from my side, I'll draft the cutover runbook and share it. I'll get it out by Thursday.",
     date(2024, 6, 27), "cutover runbook"),
    ("I'll put a slot in Ken's calendar for the walkthrough, I'll do it this week.", date(2024, 6, 28), "calendar"),
    ("Okay. I'll set up the lessons-learned session with the depot managers. I'll get it booked by Friday.",
     date(2024, 6, 28), "lessons-learned"),
    ("And I'll change the sync settings so it only uploads on wifi. I'll get that into the release for Thursday.",
     date(2024, 6, 27), "sync settings"),
])
def test_a_promise_naming_its_work_only_by_a_pronoun_is_the_speakers_promise_just_before_with_that_date(
        extractor: OfflineExtractor, sentence: str, due: date, work: str) -> None:
    [item] = items_from(extractor, sentence)
    assert (item.owner, item.due) == ("Priya Nair", due) and work in item.text


def test_a_pronoun_promise_after_short_reactions_keeps_the_prompt_it_answers(extractor: OfflineExtractor) -> None:
    [item] = open_items(extractor, [
        ("Mark Ellis", "And we still haven't had the signed data processing agreement from your side."),
        ("Priya Nair", "Oh. Right. Sorry. I'll send it over tonight."),
        ("John Okafor", "Good, next item."),
    ])
    assert item.owner == "Priya Nair" and "data processing agreement" in (item.context or "")


def test_a_dated_review_is_a_follow_up_and_an_undated_one_is_walking_the_room_through() -> None:
    assert rules.commitment("Send them over, I'll go through them Thursday.")
    assert not rules.listed_commitment("I'll go through the plan now.")


def test_a_target_date_after_the_work_it_is_for_is_an_item(extractor: OfflineExtractor) -> None:
    [item] = items_from(extractor, "So the import is unblocked now. I'm targeting Friday.")
    assert item.owner == "Priya Nair" and item.due == date(2024, 6, 28) and "import" in item.text


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Dmitri's going to send the asset list, he said end of next week.", "Dmitri"),
    ("Okay, I'll put Ken down for the asset list, end of next week.", "Ken Mori"),
])
def test_an_undertaking_told_by_someone_else_is_the_named_persons(
        extractor: OfflineExtractor, sentence: str, owner: str) -> None:
    [item] = items_from(extractor, sentence)
    assert item.owner == owner and item.due == date(2024, 7, 5)


def test_a_tagged_undertaking_takes_its_date_from_the_named_persons_reply(extractor: OfflineExtractor) -> None:
    # two Kens: the tag's first name alone says nobody, the full name before it does
    fs = extractor.extract(meeting_context([
        ("Mark Ellis", "Ken Mori's going to draft the comms plan for you, aren't you, Ken?"),
        ("Ken Mori", "Yep, that's on me. End of next week."),
        ("John Okafor", "Good, next item."),
    ], [*PEOPLE, Person(name="Ken Ito")], MON))
    items = [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open"]
    assert [(i.owner, i.due) for i in items] == [("Ken Mori", date(2024, 7, 5))]


def test_a_short_next_sentence_dates_a_promise_that_opens_with_a_state(rules_only: OfflineExtractor) -> None:
    [item] = items_from(rules_only, "Now the certificates are in I'll get the badge feed from the two depots into the "
                                   "test tenant. Should be done by the 28th.")
    assert item.owner == "Priya Nair" and item.due == date(2024, 6, 28)


def test_a_team_after_a_linking_and_is_the_subject(extractor: OfflineExtractor) -> None:
    [item] = items_from(extractor, "And then the network team will open the firewall ports by the 28th.")
    assert item.owner == "network team"


@pytest.mark.parametrize("sentence", [
    "So we'll do these calls every Thursday at nine.",
    "John, send me anything that needs a signature.",
    "I'll tell her next time I see her. Which is never.",
])
def test_arrangements_standing_instructions_jokes_and_sarcasm_are_not_items(
        extractor: OfflineExtractor, sentence: str) -> None:
    assert not items_from(extractor, sentence)


def test_a_shall_i_tag_makes_a_promise_a_question() -> None:
    assert rules.is_question("Oh, I'll just conjure them up out of nowhere, shall I.")
    assert not rules.is_question("I'll conjure them up by Friday.")


def test_asking_for_news_or_a_need_hands_out_no_task(rules_only: OfflineExtractor) -> None:
    items = open_items(rules_only, [
        ("Mark Ellis", "Priya, you mentioned an issue with the badge printers?"),
        ("Priya Nair", "Yeah, so the badge printers at Leeds are on old drivers and they can't print the new format."),
        ("Mark Ellis", "And for the test run, Priya, you need something from John?"),
        ("Priya Nair", "Yes, I need the asset register as finance actually holds it."),
        ("John Okafor", "Noted."),
    ])
    assert not [i for i in items if i.owner == "Priya Nair"]


def test_a_recap_of_the_state_wanted_by_a_date_reports_nothing_done() -> None:
    assert not rules.completed("Ken, the rejects fixed by Friday.")
    assert rules.completed("Ken fixed the rejects on Friday.")


def test_a_weekday_of_next_week_is_next_weeks() -> None:
    from ingest.extraction.dates import due_date
    assert due_date("by Wednesday next week", MON) == date(2024, 7, 3)


def test_coming_back_with_something_is_a_deliverable_and_coming_back_to_someone_is_not() -> None:
    assert rules.commitment("I'll come back with options on the archive for next Wednesday's call.")
    assert not rules.self_commitment("I'll come back to you on that.")


def test_handing_someone_the_floor_for_an_agenda_item_is_not_an_item(extractor: OfflineExtractor) -> None:
    items = open_items(extractor, [
        ("Mark Ellis", "Right, agenda is network, devices and training. Priya, do you want to start on network?"),
        ("Priya Nair", "Sure. So the main thing is the circuits."),
        ("John Okafor", "Okay."),
    ])
    assert not items
