"""Slips told for an absent owner: a date the owner's side now gives ("Stratus now say the twentieth"), and a
date that comes last, after the reason ("..., so the tiles are going to be the 30th now"), in reply to a question
about the owner's item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.followup import _calling_on, _dated_clause
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import weekly_tracker

PEOPLE = [Person(name=n) for n in ("Nora Quinn", "Idris Cole", "Maria Lopez")]
WEEK2 = date(2026, 10, 12)


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 5))  # type: ignore[no-any-return]


@pytest.mark.parametrize("turn, asked", [
    ("And Dev's update? He's not here. Neil, do you know?", "And Dev's update? He's not here. Neil, do you know?"),
    ("Great. Neil, any news?", "Great. Neil, any news?"),
    ("That's the cutover checklist done, then. Neil, rota?", "Neil, rota?"),   # the call names its own work
])
def test_a_call_that_names_nothing_asks_about_what_was_just_said(turn: str, asked: str) -> None:
    assert _calling_on(turn, "Neil Stone") == asked


@pytest.mark.parametrize("sentence, clause", [
    ("They had a projection problem, things were landing thirty metres off, so the tiles are going to be the 30th "
     "now.", "so the tiles are going to be the 30th now."),
    ("The board bounced it, so it's going to be the 6th now.", "so it's going to be the 6th now."),
    ("I had to redo the mapping, so the export is the 30th.",                   # no "now": the sentence
     "I had to redo the mapping, so the export is the 30th."),
    ("He's been in tribunal since Monday so his reply's going to be next Wednesday now.",
     "so his reply's going to be next Wednesday now."),
    ("It's going to be Friday now, so that's fine.", "It's going to be Friday now"),   # the date first, as before
])
def test_a_new_date_said_last_after_its_reason_is_the_clause_that_gives_it(sentence: str, clause: str) -> None:
    assert _dated_clause(sentence, WEEK2) == clause


def test_a_new_date_after_the_reason_told_for_the_absent_owner_slips_the_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Maria, the map tiles for Idris?"),
         ("Maria Lopez", "I'll get the first offline tile package to Idris by the 23rd.")],
        [("Nora Quinn", "Maria's not on today, but Idris, any news on the tiles?"),
         ("Idris Cole", "Maria emailed me yesterday. They had a projection problem, things were landing about thirty "
                        "metres off, so the tiles are going to be the 30th now.")],
    )
    tiles = next(i for i in items(facts) if "tile" in i.text)
    assert (tiles.status, tiles.due) == ("slipped", date(2026, 10, 30))


def test_a_date_the_owners_side_now_gives_told_for_the_absent_owner_slips_the_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Maria, the update for the tablets?"),
         ("Maria Lopez", "We'll get the Android update pushed to the Holme Road tablets by Friday week.")],
        [("Nora Quinn", "Great. And Maria's update? She's not here. Idris, do you know?"),
         ("Idris Cole", "I spoke to Maria yesterday. Their release board bounced it, something about the battery "
                        "firmware. Stratus now say the twentieth.")],
    )
    update = next(i for i in items(facts) if "update" in i.text)
    assert (update.status, update.due) == ("slipped", date(2026, 10, 20))
