"""An open item to email, ring or speak to someone named is done when that person says the message came ("Rachel,
I got your email about the handhelds.") or when its owner says they answered ("Carol got back to me on Tuesday"),
though neither says a word of the item's work (the blind audit carnforth, session 47). A message not had, a
question about it, or the answer of someone else closes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name="Rachel Imrie", side="vendor"), Person(name="Graham Holt", side="customer"),
          Person(name="Sandra Mistry", side="customer"), Person(name="Lee Haworth", side="customer")]
THU = date(2026, 10, 8)
WEEK1 = [("Graham Holt", "I can't decide on the handhelds till I know what each option costs."),
         ("Rachel Imrie", "I'll email Graham tonight with the two options and what each costs, so he can decide."),
         ("Sandra Mistry", "And the PayBridge contract, who's named on it?"),
         ("Rachel Imrie", "No idea. I'll email Carol in finance tomorrow and ask who's named on the PayBridge "
                          "contract."),
         ("Graham Holt", "Good.")]


def _status(facts: list[Any], words: str) -> str:
    return next(i.status for i in action_items(facts) if words in i.text)


@pytest.mark.parametrize(("said", "done"), [
    ("Rachel, I got your email about the handhelds. Read it at the lights.", True),
    ("I had Rachel's email, yes, it made perfect sense.", True),
    ("Thanks for your email, Rachel. Very clear.", True),
    ("Rachel, I haven't had your email about the handhelds.", False),  # not had
    ("Did I get your email, Rachel? I can't find it.", False),  # a question
    ("I got Sandra's email about the handhelds.", False),  # someone else's
])
def test_the_one_written_to_saying_it_came_closes_the_item(minilm_extractor: OfflineExtractor, minilm: Any,
                                                          said: str, done: bool) -> None:
    week2 = [("Rachel Imrie", "Graham, you're on the line?"), ("Graham Holt", said), ("Rachel Imrie", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(WEEK1, week2)
    assert (_status(facts, "email Graham tonight") == "done") is done


@pytest.mark.parametrize(("said", "done"), [
    ("Mine was Carol and PayBridge. Carol got back to me on Tuesday, bless her.", True),
    ("Carol came back on Friday. The named contact left in 2023.", True),
    ("Carol hasn't got back to me yet.", False),  # not answered
    ("Carol came back from leave on Monday, so I'll try her again.", False),  # back from somewhere, not to me
])
def test_the_owner_saying_they_answered_closes_the_item(minilm_extractor: OfflineExtractor, minilm: Any,
                                                        said: str, done: bool) -> None:
    week2 = [("Sandra Mistry", "Rachel, the PayBridge contract?"), ("Rachel Imrie", said),
             ("Sandra Mistry", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(WEEK1, week2)
    assert (_status(facts, "email Carol in finance") == "done") is done


def test_someone_else_saying_the_one_written_to_answered_closes_nothing(minilm_extractor: OfflineExtractor,
                                                                        minilm: Any) -> None:
    week2 = [("Rachel Imrie", "Lee, anything from the depot?"),
             ("Lee Haworth", "Carol got back to me on Tuesday about the depot keys."), ("Rachel Imrie", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(WEEK1, week2)
    assert _status(facts, "email Carol in finance") == "open"


@pytest.mark.parametrize(("promise", "done"), [
    ("I'll ring Aerodata and ask what they want for unlocking the admin account.", True),  # the asking is the work
    ("I'll ring Aerodata and get the admin account unlocked by Thursday.", False),  # the unlocking is
])
def test_an_answer_closes_a_message_only_when_the_message_was_the_work(minilm_extractor: OfflineExtractor,
                                                                      minilm: Any, promise: str, done: bool) -> None:
    week1 = [("Lee Haworth", "Nobody can get into the old system's admin account."), ("Sandra Mistry", promise),
             ("Rachel Imrie", "Thanks.")]
    week2 = [("Rachel Imrie", "Sandra, the old system?"),
             ("Sandra Mistry", "Aerodata got back to me. It's eight hundred pounds to unlock it, and nobody's paid yet."),
             ("Rachel Imrie", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(week1, week2)
    assert (_status(facts, "ring Aerodata") == "done") is done
