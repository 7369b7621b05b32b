"""Commitments with any task verb: what counts as a promise and what is narration, a hedge or a condition."""

from __future__ import annotations

from datetime import date

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


@pytest.fixture(scope="module")
def extractor() -> OfflineExtractor:
    return OfflineExtractor(embedder=HashEmbedder())


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
