"""Work let go in words earlier rules missed: "The letter's dropped.", "So, forget that one.", "Jonah, you can stop on
the import.", "Owen, leave it switched off." - "Swaps stay off.", "... is out of phase one", "Marcus, park it." to the
owner of the one item in those words, and "let's park that" closing a talk that an owner's name opened
(ingest.extraction.followup)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from ingest.extraction.offline import OfflineExtractor
from ingest.extraction.rules import DROP
from tests.builders import owned_after

TEAM = ["Priya Raman", "Owen Faulkner", "Helen Marsh", "Jonah Pellow"]


@pytest.mark.parametrize(("promise", "week2", "status"), [
    ("I'll have a draft letter to every household by the sixth.",
     [("Priya Raman", "So it's text, the newsletter and the website."), ("Owen Faulkner", "The letter's dropped."),
      ("Priya Raman", "Okay.")], "dropped"),
    ("I'll write the gift card import, the balances from the old tills, by the sixth.",
     [("Priya Raman", "We're not moving gift card balances after all. Owen, you can stop on the import."),
      ("Owen Faulkner", "Happily.")], "dropped"),
    ("For the pilot I'll switch shift swaps on in the app by the sixth.",
     [("Helen Marsh", "No swaps in the app for go-live. Owen, leave it switched off."),
      ("Owen Faulkner", "Understood. Swaps stay off.")], "dropped"),
    # nothing let go
    ("For the pilot I'll switch shift swaps on in the app by the sixth.",
     [("Helen Marsh", "Owen, swaps?"), ("Owen Faulkner", "Swaps stay off until the pilot starts, then on.")], "open"),
])
def test_work_said_to_be_dropped_or_left_off_is_let_go(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, promise: str, week2: list[tuple[str, str]],
    status: str
) -> None:
    week1 = [("Priya Raman", "Owen, what's next on your side?"), ("Owen Faulkner", promise),
             ("Priya Raman", "Thanks.")]
    items = owned_after(minilm_extractor, minilm, TEAM, "Owen Faulkner", date(2026, 10, 27), week1, week2)
    assert [i.status for i in items] == [status]


@pytest.mark.parametrize(("said", "dropped"), [
    ("So, forget that one.", True),
    ("Forget that, I'll do it myself.", False),
    ("The price has dropped to four grand.", False),
    ("The signal's dropped again.", False),
    ("The letter's dropped into everyone's inbox.", False),
    ("So, decided: the Coldwatch feed into putaway is out of phase one.", True),
    ("We got the numbers out of the pilot depot.", False),
    ("It stays off until the pilot.", False),
    ("So self-rostering stays switched off for the pilot, we revisit at the review.", False),
    ("Okay, the app's out of the pilot, revisit in January.", True),
])
def test_what_reads_as_letting_work_go(said: str, dropped: bool) -> None:
    assert bool(DROP.search(said)) is dropped


@pytest.mark.parametrize(("order", "status"), [
    ("Marcus, park it.", "dropped"),
    # said to someone else
    ("Terry, park it.", "open"),
])
def test_parking_said_to_the_owner_lets_go_of_their_one_item_in_those_words(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, order: str, status: str
) -> None:
    people = ["Helen Ashworth", "Marcus Fell", "Terry Dunn"]
    week1 = [("Helen Ashworth", "Marcus, the pilot build?"),
             ("Marcus Fell", "I'll get the contamination photo step into the pilot build by the fourth."),
             ("Marcus Fell", "And I'll get you an API key off Trakmore this week."),
             ("Helen Ashworth", "Thanks.")]
    week2 = [("Helen Ashworth", "I've had the crews on to me. No photos in phase one. The tablets are enough to "
                                "learn."), ("Helen Ashworth", order), ("Marcus Fell", "Understood.")]
    items = owned_after(minilm_extractor, minilm, people, "Marcus Fell", date(2026, 10, 21), week1, week2)
    assert [i.status for i in items if "photo" in i.text] == [status]
    assert [i.status for i in items if "API key" in i.text] == ["open"]


@pytest.mark.parametrize(("opener", "status"), [
    ("Now. Kirsty's not here but she had an action to scope the historic absence migration.", "dropped"),
    # the talk was opened by no owner's name
    ("Now. What about the old records?", "open"),
])
def test_parking_that_closes_a_talk_an_owners_name_opened(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, opener: str, status: str
) -> None:
    people = ["Priya Raman", "Kirsty Doyle", "Elizabeth Harker", "Rosalind Ashby", "Tariq Haddad"]
    week1 = [("Priya Raman", "And the other thing Kirsty raised in the report was the absence history."),
             ("Kirsty Doyle", "I'll scope the historic absence migration by next Wednesday, how long it'd take to "
                              "clean."),
             ("Priya Raman", "Okay, thanks.")]
    week2 = [("Priya Raman", opener), ("Elizabeth Harker", "The pre-2020 stuff."),
             ("Rosalind Ashby", "Do we need it?"), ("Tariq Haddad", "Not for pay, no."),
             ("Elizabeth Harker", "Not really for HR either. Managers only look back two years for triggers."),
             ("Priya Raman", "Then let's park that, we don't need it for phase one. I'll tell Kirsty."),
             ("Rosalind Ashby", "Good.")]
    items = owned_after(minilm_extractor, minilm, people, "Kirsty Doyle", date(2026, 11, 4), week1, week2)
    assert [i.status for i in items] == [status]


def test_what_work_is_out_of_is_no_word_of_the_work_let_go(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    people = ["Imogen Ashby", "Maureen Okonjo", "Rhys Caldwell"]
    week1 = [("Maureen Okonjo", "I'll send a note to the matrons this week so they know the pilot's coming."),
             ("Imogen Ashby", "Thanks, Maureen.")]
    week2 = [("Rhys Caldwell", "Half the ward staff won't put a work app on their own phones."),
             ("Imogen Ashby", "Okay, the app's out of the pilot, revisit in January.")]
    items = owned_after(minilm_extractor, minilm, people, "Maureen Okonjo", date(2026, 10, 13), week1, week2)
    assert [i.status for i in items] == ["open"]
