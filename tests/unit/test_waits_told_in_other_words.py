"""The offline extractor and tracking on waits told in other words: who a wait is on from the talk around it, work
"stuck behind" a thing, waits on what the speaker does not know yet, things physically stuck, a wait said to be
over, and the awaited thing reported in place in other words (hand-written meetings)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import Blocker, Decision, FactBase, FactSet, Person
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context, of, weekly_tracker

DAY = date(2026, 10, 29)
NAMES = ["Harriet Okoye", "Dominic Vale", "Ffion Rees", "Kieran Doyle", "Margaret Hale", "Tamsin Pike",
         "Shona Kerr", "Hamish Dunbar", "Ravi Menon", "Owen Gallagher", "Declan Byrne"]
PEOPLE = [Person(name=n) for n in NAMES]


def run(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> FactSet:
    return extractor.extract(meeting_context(turns, PEOPLE, DAY))


@pytest.mark.parametrize("turn", [
    "And just so everyone's aware, until I can reach it I can't really start building the constraint checks. That "
    "whole piece is stuck behind the endpoint.",
    "The constraint checks are stuck behind the endpoint.",
    "I can't put the apply-online links live or set up the redirects from the old forms until I know the final "
    "address of the portal.",
    "Which means the trial migration is just sitting there waiting.",
    "I've got nothing to test beyond the pilot until Neville's schedule lands.",
])
def test_a_wait_told_as_stuck_behind_sitting_waiting_or_until_i_know_is_one_blocker(
    extractor: OfflineExtractor, turn: str
) -> None:
    found = of(run(extractor, [("Harriet Okoye", "Okay, the 6th."), ("Dominic Vale", turn)]), Blocker)
    assert [b.status for b in found] == ["open"]


@pytest.mark.parametrize("turn", [
    "Right, I've got to go, there's a lorry stuck on bay nine. Good start, everyone.",
    "Sorry I'm late, there was a van stuck on the ramp.",
    "I can't give you a date until Friday.",
])
def test_a_thing_physically_stuck_or_a_wait_for_a_date_is_no_blocker(extractor: OfflineExtractor, turn: str) -> None:
    assert of(run(extractor, [("Hamish Dunbar", turn)]), Blocker) == []


def test_the_one_named_as_held_up_is_not_who_the_wait_is_on(extractor: OfflineExtractor) -> None:
    [b] = of(run(extractor, [
        ("Harriet Okoye", "Hamish, the big one for you. The cut-over weekend needs overtime for the pickers. Shona "
                          "can't roster anybody until that's approved."),
    ]), Blocker)
    assert b.waiting_on == "Hamish Dunbar"


@pytest.mark.parametrize("turn, party", [
    ("I can't test pick confirmation end to end until Ravi's order feed is in test.", "Ravi Menon"),
    ("We can't switch the freezer chamber over until the extra access points are in, and that needs facilities to "
     "get an electrician to run power up to the ceiling.", "facilities"),
])
def test_whose_thing_is_awaited_or_who_it_needs_to_act_is_the_party(
    extractor: OfflineExtractor, turn: str, party: str
) -> None:
    [b] = of(run(extractor, [("Harriet Okoye", "And the freezer?"), ("Owen Gallagher", turn)]), Blocker)
    assert b.waiting_on == party


def test_a_wait_takes_its_party_from_the_prompt_that_said_who_would_sign(extractor: OfflineExtractor) -> None:
    [b] = of(run(extractor, [
        ("Harriet Okoye", "Okay. Kieran, the validation checklist. Margaret said she'd have it signed off by the 6th."),
        ("Kieran Doyle", "So, she's got it. It's on her desk. She's at the examination all week though."),
        ("Dominic Vale", "The thing is, I can't configure the validation rules until the checklist's signed."),
    ]), Blocker)
    assert b.waiting_on == "Margaret Hale"


def test_a_wait_takes_as_its_party_the_one_who_replies_that_it_is_on_them(extractor: OfflineExtractor) -> None:
    [b] = of(run(extractor, [
        ("Ffion Rees", "The thing is, I can't put the apply-online links live until I know the final address of the "
                       "portal."),
        ("Dominic Vale", "Ah. That's on me. I'll get you the production URL by Monday."),
    ]), Blocker)
    assert b.waiting_on == "Dominic Vale"


def test_not_waiting_on_anything_now_lifts_the_wait_on_whoever_came_through(extractor: OfflineExtractor) -> None:
    [b] = of(run(extractor, [
        ("Ffion Rees", "I got the URL from Dominic on Tuesday, so the redirects are booked. I'm not waiting on "
                       "anything now."),
    ]), Blocker)
    assert (b.status, b.waiting_on) == ("resolved", "Dominic Vale")
    assert rules.unblocked("Nothing's blocking us now.") and not rules.unblocked("I'm not waiting on anyone else.")


def test_a_choice_the_speaker_does_not_know_yet_is_no_decision(extractor: OfflineExtractor) -> None:
    assert of(run(extractor, [("Dominic Vale", "I can't load what I don't know we're keeping.")]), Decision) == []


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, DAY)  # type: ignore[no-any-return]


@pytest.mark.parametrize("wait, news", [
    ("Short version, we can't switch the freezer chamber over until the extra access points are in.",
     "The electrician was in Thursday. All four freezer APs are up."),
    ("I can't test pick confirmation end to end until Ravi's order feed is in test.",
     "The order feed's live in test. First orders came through Thursday night."),
])
def test_the_awaited_thing_said_to_be_in_place_in_other_words_lifts_the_blocker(
    track: Callable[..., list[FactBase]], wait: str, news: str
) -> None:
    facts = track([("Harriet Okoye", "Anything blocking?"), ("Declan Byrne", wait)],
                  [("Harriet Okoye", "Any news?"), ("Owen Gallagher", news)])
    assert [f.status for f in facts if isinstance(f, Blocker)] == ["resolved"]
