"""Decisions the fifth blind pair (a leisure trust's booking system, a law firm's document management) said in ways
the rules did not read: a choice closed with "Let's not reopen it.", "X it is, then, and <the plan>", settling
words with the choice said right after them ("Then let's not. We honour them on paper ..."), the PM's "So <these>
stay in <system>", a plan not to do something ("We're not migrating personal folders."), and a summary put to the
room answered with a remark before the assent ("Happy is a strong word. But yes.")."""

from __future__ import annotations

import pytest

from assistant.models import Decision
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import in_room as run
from tests.builders import of


def decisions(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[str]:
    return [d.text for d in of(run(extractor, turns), Decision)]


def test_a_choice_closed_with_lets_not_reopen_it_is_the_decision(extractor: OfflineExtractor) -> None:
    texts = decisions(extractor, [
        ("Karen Whitlow", "Would it not be kinder to do Riverside on its own first?"),
        ("Helen Marsh", "So it's Riverside and Eastfield on the ninth, and everyone else in January. "
                        "Let's not reopen it."),
        ("Dev Malhotra", "Fine by me."),
    ])
    assert texts == ["It's Riverside and Eastfield on the ninth, and everyone else in January."]


def test_a_choice_named_with_it_is_then_and_the_plan_after_it_is_a_decision(extractor: OfflineExtractor) -> None:
    texts = decisions(extractor, [
        ("Sandra Okafor", "No. Absolutely not. I am not re-mandating forty thousand people."),
        ("Priya Natarajan", "I think that's a no, Gavin."),
        ("Gavin Reilly", "I think so too. Your own SUN it is, then, and we go through the bank."),
    ])
    assert texts == ["Your own SUN it is, then, and we go through the bank."]


def test_settling_words_take_the_choice_said_right_after_them(extractor: OfflineExtractor) -> None:
    texts = decisions(extractor, [
        ("Sandra Okafor", "About three thousand. But they all expire within twelve months."),
        ("Helen Marsh", "Then let's not. We honour them on paper till they expire, reception keeps the list, and "
                        "nobody builds anything."),
        ("Owen Tasker", "Happy to."),
    ])
    assert len(texts) == 1 and "honour them on paper" in texts[0]


def test_settling_words_followed_by_a_promise_are_no_decision(extractor: OfflineExtractor) -> None:
    assert decisions(extractor, [
        ("Sandra Okafor", "Should we import the vouchers as credit?"),
        ("Helen Marsh", "Then let's not. I'll ask reception how many there are."),
        ("Owen Tasker", "Okay."),
    ]) == []


@pytest.mark.parametrize(("sentence", "decided"), [
    ("So closed matters from before 2012 stay in Filemaster and don't come across.", True),
    ("Okay, so the old rotas remain with Kinship.", True),
    ("We're not migrating personal folders.", True),
    ("So, no, we're not moving the pilot.", True),
    ("So the ticket is still with Tallis.", False),
    ("We're not sure yet.", False),
    ("We're not migrating?", False),
])
def test_a_summary_of_what_stays_where_and_a_plan_not_to_do_something_are_decisions(
    sentence: str, decided: bool
) -> None:
    assert (bool(rules.DECISION.search(sentence)) and not sentence.endswith("?")) is decided


def test_a_summary_agreed_after_a_remark_on_the_question_is_the_decision(extractor: OfflineExtractor) -> None:
    texts = decisions(extractor, [
        ("Priya Natarajan", "So November on Clubline, and December's the first Dunmore run. Everyone happy with "
                            "that?"),
        ("Sandra Okafor", "Happy is a strong word. But yes. I'll write it in blood."),
        ("Priya Natarajan", "Jess, training."),
    ])
    assert texts == ["November on Clubline, and December's the first Dunmore run."]
