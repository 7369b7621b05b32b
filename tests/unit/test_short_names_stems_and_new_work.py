"""Names and words tracking matches on: a short form that stands for more than one name ("Sandy" for Alexander or
Alexandra, "Shiv" for Siobhan), a verb that doubles its last consonant ("logged" is "log"), and a pronoun promise
answering "what's next?" (new work, not a new date for the owner's one open item)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from assistant.tracking import content_stems, short_name_of
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import weekly_tracker

PEOPLE = [Person(name=n) for n in ("Nora Quinn", "Ben Adler", "Kemi Hart", "Alexander Reid")]
WEEK1 = date(2026, 10, 5)  # a Monday


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


@pytest.mark.parametrize("short, first", [("Sandy", "Alexander"), ("Sandy", "Alexandra"), ("Shiv", "Siobhan"),
                                          ("Kit", "Katherine"), ("Kit", "Christopher"), ("Alex", "Alexandra")])
def test_a_short_form_that_stands_for_more_than_one_name_is_known_for_each(short: str, first: str) -> None:
    assert short_name_of(short, first)


@pytest.mark.parametrize("done, work", [("logged", "log"), ("mapping", "map"), ("shipped", "ship"),
                                        ("submitted", "submit"), ("putting", "put")])
def test_a_verb_that_doubles_its_last_consonant_shares_its_stem_with_the_plain_word(done: str, work: str) -> None:
    assert content_stems(done) == content_stems(work)


def test_a_thing_reported_arrived_under_the_owners_nickname_closes_their_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Alexander, the message mapping?"),
         ("Alexander Reid", "I'll send the message mapping document over Friday.")],
        [("Nora Quinn", "And the mapping doc?"),
         ("Kemi Hart", "Sandy's mapping doc landed Monday, I'm going through it. A few codes to argue about.")],
    )
    [item] = items(facts)
    assert item.owner == "Alexander Reid" and item.status == "done"


def test_a_pronoun_promise_answering_whats_next_is_new_work_not_a_slip_of_the_owners_one_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll send Ben the test patient list by Wednesday.")],
        [("Nora Quinn", "Thank you. Kemi, what's next on your side?"),
         ("Kemi Hart", "So now the channel's up I want to run the full results regression through it. All the "
                       "histology report types. I'll have that done by next Tuesday.")],
    )
    by_due = {i.due: i.status for i in items(facts) if i.owner == "Kemi Hart"}
    assert by_due == {date(2026, 10, 7): "open", date(2026, 10, 20): "open"}
