"""The offline extractor on decisions made across turns (a proposal put, then agreed by others), decisions reported
as made elsewhere, and waits that restate or explain a wait rather than add one (hand-written meetings, lexical
model)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import Blocker, Decision, FactSet, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context, of

DAY = date(2025, 2, 3)  # a Monday

PEOPLE = [
    Person(name="Irene Shaw", side="vendor"),
    Person(name="Colm Dwyer", side="vendor"),
    Person(name="Bea Lindholm", side="customer"),
    Person(name="Osman Ali", side="customer"),
    Person(name="Platform Team", kind="team", aliases=["platform team"], side="customer"),
]


def run(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> FactSet:
    return extractor.extract(meeting_context(turns, PEOPLE, DAY))


def test_a_proposal_announced_then_said_out_and_agreed_is_a_decision_quoting_who_agreed(extractor) -> None:
    [d] = of(run(extractor, [
        ("Bea Lindholm", "I'd rather we did every warehouse in one weekend."),
        ("Irene Shaw", "So what I'd suggest is we split it. The two small sites go first in March, and the main "
                       "warehouse follows in May after the stocktake."),
        ("Bea Lindholm", "Yes. Fine. Let's do that."),
        ("Osman Ali", "Agreed."),
    ]), Decision)
    assert d.text.startswith("The two small sites go first in March")
    assert {e.speaker for e in d.evidence} == {"Irene Shaw", "Bea Lindholm", "Osman Ali"}


def test_a_proposal_put_as_a_shall_we_question_and_agreed_is_a_decision(extractor) -> None:
    [d] = of(run(extractor, [
        ("Colm Dwyer", "Shall we just keep the old label printers for the pilot?"),
        ("Osman Ali", "Yes, let's."),
        ("Bea Lindholm", "Agreed."),
    ]), Decision)
    assert d.text == "We keep the old label printers for the pilot."


def test_an_agreement_question_with_the_proposal_asked_back_is_a_decision_on_the_proposal(extractor) -> None:
    [d] = of(run(extractor, [
        ("Irene Shaw", "Right, are we all agreed? The archive stays read-only and only open orders come across?"),
        ("Bea Lindholm", "Agreed. Less to reconcile."),
        ("Osman Ali", "Fine by me."),
    ]), Decision)
    assert d.text == "The archive stays read-only and only open orders come across."


def test_thats_decided_then_with_nothing_after_it_is_no_second_decision(extractor) -> None:
    [d] = of(run(extractor, [
        ("Irene Shaw", "Are we agreed? Returns go through the portal from day one?"),
        ("Osman Ali", "Agreed."),
        ("Irene Shaw", "Lovely, that's decided then. Next, the training plan."),
    ]), Decision)
    assert d.text.startswith("Returns go through the portal")
    assert any("decided then" in e.quote for e in d.evidence)


def test_a_settling_word_after_a_greeting_word_settles_the_choice_said_next(extractor) -> None:
    [d] = of(run(extractor, [
        ("Osman Ali", "Our finance director can do the fourth, I asked her this morning."),
        ("Irene Shaw", "Perfect, so that's agreed. Steering review with the directors, Tuesday the fourth at nine."),
    ]), Decision)
    assert d.text.startswith("Steering review with the directors")


def test_a_proposal_followed_by_a_question_is_not_agreed_by_the_answer(extractor) -> None:
    found = of(run(extractor, [
        ("Irene Shaw", "Okay. Let's go round the actions. Colm, the test data?"),
        ("Colm Dwyer", "Yes, the test data went over on Thursday."),
    ]), Decision)
    assert found == []


def test_the_repliers_own_promise_is_not_the_decision_they_agreed_to(extractor) -> None:
    [d] = of(run(extractor, [
        ("Irene Shaw", "Here's what I propose. If the licence isn't bought by Friday, the pilot runs on trial keys."),
        ("Bea Lindholm", "I'm comfortable with that. I'll tell procurement today."),
    ]), Decision)
    assert d.text.startswith("If the licence isn't bought by Friday")


@pytest.mark.parametrize("said", [
    "The steering group decided on Thursday that the pilot stays with the Leeds depot.",
    "Bea and I agreed yesterday to keep paper picking for the first fortnight.",
])
def test_a_decision_reported_as_made_elsewhere_is_a_decision(extractor, said: str) -> None:
    [d] = of(run(extractor, [("Irene Shaw", "Anything from the sponsors?"), ("Osman Ali", said)]), Decision)
    assert d.text == said


@pytest.mark.parametrize("said", ["Still waiting, sorry.", "Yeah, still blocked, I'm afraid."])
def test_a_wait_naming_neither_party_nor_work_is_no_blocker(extractor, said: str) -> None:
    found = of(run(extractor, [("Irene Shaw", "Colm, the load scripts?"), ("Colm Dwyer", said)]), Blocker)
    assert found == []


def test_waiting_for_people_who_join_the_call_later_is_no_blocker(extractor) -> None:
    found = of(run(extractor, [
        ("Irene Shaw", "Morning. We're just waiting for Osman and Bea, I think."),
        ("Colm Dwyer", "Morning."),
        ("Osman Ali", "Hi, sorry, I'm here."),
        ("Bea Lindholm", "Me too."),
    ]), Blocker)
    assert found == []


def test_the_reply_saying_who_has_the_awaited_thing_gives_the_blocker_its_party(extractor) -> None:
    [b] = of(run(extractor, [
        ("Colm Dwyer", "We can't load the stock file until the storage bucket is created."),
        ("Osman Ali", "It's requested, it's with the platform team. They said Wednesday."),
    ]), Blocker)
    assert b.waiting_on == "Platform Team"
    assert len(b.evidence) == 2


def test_which_means_we_cant_start_is_the_consequence_of_a_wait_not_a_new_one(extractor) -> None:
    found = of(run(extractor, [
        ("Colm Dwyer", "So the pricing config is still sat there, nothing back from Bea's side."),
        ("Irene Shaw", "Which means we can't start the pilot on Monday like we wanted."),
    ]), Blocker)
    assert not any("pilot" in b.text for b in found)


def test_a_wait_on_a_thing_said_next_to_be_someones_waits_on_that_person_not_the_team_asked(extractor) -> None:
    [b] = of(run(extractor, [
        ("Irene Shaw", "Osman, any news from the platform team on a slot?"),
        ("Osman Ali", "Not really. We can't book the migration slot until the change form's approved."),
        ("Irene Shaw", "Bea, your change form?"),
        ("Bea Lindholm", "It's on my desk, Thursday."),
    ]), Blocker)
    assert b.waiting_on == "Bea Lindholm"
