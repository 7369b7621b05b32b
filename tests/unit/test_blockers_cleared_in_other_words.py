"""A wait told in one call is cleared in a later one in other words, or told again without "still"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import Blocker, FactBase, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import weekly_tracker

NAMES = ["Nora Quinn", "Lucy Fenn", "Omar Said", "Kemi Hart", "Tariq Bell"]
PEOPLE = [Person(name=n) for n in NAMES]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 9, 7))  # type: ignore[no-any-return]


def blockers(facts: list[FactBase]) -> list[Blocker]:
    return [f for f in facts if isinstance(f, Blocker)]


def test_a_lower_case_body_saying_yes_in_a_later_clause_clears_the_wait_on_it(track) -> None:
    facts = track(
        [("Nora Quinn", "Tariq, the depot wiring?"),
         ("Tariq Bell", "I can't run the cables at the depot until the landlord says yes to the drilling.")],
        [("Nora Quinn", "Tariq, the depot?"),
         ("Kemi Hart", "Tariq was on site yesterday, the landlord said yes on Friday.")],
    )
    [b] = blockers(facts)
    assert (b.waiting_on, b.status) == ("the landlord", "resolved")


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Omar signed it. Last Friday.", "Omar"),
        ("Group security signed it off last Wednesday.", "Group security"),
        ("Tariq was on site yesterday, the landlord said yes on Friday.", "landlord"),
        ("Yeah, Kemi sent them the day after the call.", "Kemi"),
        ("People services sent the payroll numbers through on the 15th.", "People services"),
        ("I sent them Friday.", None),
        ("He said yes.", None),
    ],
)
def test_the_party_who_signed_said_yes_or_sent_it_is_who_acted(sentence: str, party: str | None) -> None:
    from ingest.extraction import rules

    assert rules.approving_party(sentence) == party


def test_not_stuck_any_more_after_thanking_the_sender_clears_the_wait_on_them(track) -> None:
    facts = track(
        [("Nora Quinn", "Kemi, the sign-off?"),
         ("Kemi Hart", "I can't sign off the audit side until I've got the control matrix from Omar.")],
        [("Nora Quinn", "Kemi, the matrix?"),
         ("Kemi Hart", "Got it, thank you Omar, it came on Tuesday. So I'm not stuck any more.")],
    )
    [b] = blockers(facts)
    assert (b.waiting_on, b.status) == ("Omar Said", "resolved")


def test_the_wait_told_again_without_still_in_a_later_call_is_the_same_blocker(track) -> None:
    facts = track(
        [("Lucy Fenn", "I can't plan the training rota properly until Omar approves the overtime.")],
        [("Nora Quinn", "Omar, there's actually one for you: the overtime. Lucy's rota is waiting on it.")],
    )
    [b] = blockers(facts)
    assert b.waiting_on == "Omar Said" and {e.meeting_id for e in b.evidence} == {"w1", "w2"}

