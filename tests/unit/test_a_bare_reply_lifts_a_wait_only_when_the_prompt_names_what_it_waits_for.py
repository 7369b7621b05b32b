"""A bare reply ("Gone.", "Arrived.", "Approved.") names nothing itself: the question it answers says what went. It
lifts a wait only when that question names what the wait is for, not when it shares only a person's name with it.
Penhallow call 2: "While I've got you, the Paycorra application?" - "Gone. Thursday." sent Martin's merchant
application, but it also lifted his call-1 wait, raised when called on by name ("Okay, quick round of anything else.
Martin?" - "Only that Paycorra won't even book the terminals until the agreement's signed ..."), because the prompt
had called on Martin too. The terminals came in call 4. A bare approval answering a question about the party ("And
the change board?" - "Approved.") still lifts a wait on that party's approval."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Blocker, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import weekly_tracker

PEOPLE = [Person(name=n) for n in ("Hannah Lister", "Martin Hocking", "Sarah Trevithick", "Kit Penhallow",
                                   "Priya Natarajan", "Owen Faulkner", "Roy Mercer")]
WEEK1 = date(2026, 10, 13)
# Penhallow call 1: the application Martin will send, and the wait he raises when called on by name
CALL1 = [("Hannah Lister", "And Martin, on Paycorra, where are we with the application itself?"),
         ("Martin Hocking", "The merchant application's filled in, it just needs sending. I'll get it off this week."),
         ("Hannah Lister", "Okay, quick round of anything else. Martin?"),
         ("Martin Hocking", "Only that Paycorra won't even book the terminals until the agreement's signed, so anything "
                            "that holds Kit up holds the terminals up.")]


def track(*calls: list[tuple[str, str]], minilm_extractor: OfflineExtractor, minilm: object) -> list:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)(*calls)


def the_wait(facts: list) -> Blocker:
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    return blocker


@pytest.mark.parametrize("call2", [
    [("Hannah Lister", "Martin, the Paycorra application?"), ("Martin Hocking", "Gone. Thursday.")],
    # as said in the call: the prompt calls on Martin about other work first
    [("Hannah Lister", "End of next week, so Friday the thirtieth. Martin, can we pay them?"),
     ("Martin Hocking", "We'll have to, won't we. I'll raise the PO for Roomcraft tomorrow. Through gritted teeth."),
     ("Hannah Lister", "Thank you. While I've got you, the Paycorra application?"),
     ("Martin Hocking", "Gone. Thursday.")],
])
def test_gone_answering_a_question_about_the_partys_application_closes_the_application_and_lifts_no_wait_on_the_terminals(
    minilm_extractor: OfflineExtractor, minilm: object, call2: list[tuple[str, str]]
) -> None:
    facts = track(CALL1, call2, minilm_extractor=minilm_extractor, minilm=minilm)
    [application] = [f for f in facts if isinstance(f, ActionItem) and "off this week" in f.text]
    assert application.status == "done" and application.history[-1].meeting_id == "w2"
    wait = the_wait(facts)
    assert wait.waiting_on == "Paycorra" and wait.status == "open"
    assert not any(e.event == "done" for e in wait.history)


def test_a_bare_reply_to_a_question_naming_what_the_wait_is_for_still_lifts_it(
    minilm_extractor: OfflineExtractor, minilm: object
) -> None:
    facts = track(CALL1, [("Hannah Lister", "Martin, the Paycorra terminals?"), ("Martin Hocking", "Arrived. Thursday.")],
                  minilm_extractor=minilm_extractor, minilm=minilm)
    wait = the_wait(facts)
    assert wait.status == "resolved" and wait.history[-1].meeting_id == "w2"


@pytest.mark.parametrize("prompt", ["Amazing. And the change board?", "Owen, the change board?"])
def test_a_bare_approval_answering_a_question_about_the_party_still_lifts_a_wait_on_its_approval(
    minilm_extractor: OfflineExtractor, minilm: object, prompt: str
) -> None:
    # (commit 5283a32: the sixth blind pair's airside gate)
    facts = track([("Roy Mercer", "And nothing is connected airside until the board says yes.")],
                  [("Priya Natarajan", prompt), ("Owen Faulkner", "Approved.")],
                  minilm_extractor=minilm_extractor, minilm=minilm)
    wait = the_wait(facts)
    assert wait.status == "resolved" and wait.history[-1].meeting_id == "w2"
