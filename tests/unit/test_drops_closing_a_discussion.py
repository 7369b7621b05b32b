"""Follow-ups: "Let's drop it." closing a discussion of an open item (the prompt named the item, others asked if it
is needed) drops that item, though neither the sentence nor the turn before it names the work
(ingest.extraction.followup)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.offline import OfflineExtractor
from ingest.extraction.rules import DROP
from tests.builders import action_items as items
from tests.builders import weekly_tracker

NAMES = ["Nora Quinn", "Ben Adler", "Kemi Hart", "Lucy Fenn", "Omar Said"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 10, 5)  # a Monday


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


@pytest.mark.parametrize("closing", [
    "Yeah. Let's drop it. It's out of scope for go-live, we can look again next year.",
    "Fine. Let's park it then.",
])
def test_dropping_it_after_a_discussion_of_the_item_drops_the_item_the_prompt_named(
    track: Callable[..., list[FactBase]], closing: str
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll get the voice picking demo kit sent up to the chill chamber by the 9th."),
         ("Ben Adler", "I'll run the rehearsal load by Friday.")],
        [("Nora Quinn", "Lucy, the voice picking demo kit. Has that gone up?"),
         ("Lucy Fenn", "Not yet, it's --"),
         ("Omar Said", "Can I ask, do we actually need that? Nobody will learn a new way of picking three weeks "
                       "before go-live."),
         ("Kemi Hart", "Honestly, please, not now."),
         ("Nora Quinn", closing)],
    )
    assert [i.status for i in items(facts) if "demo kit" in i.text] == ["dropped"]
    assert [i.status for i in items(facts) if "rehearsal" in i.text] == ["open"]


def test_not_needed_until_a_later_date_is_a_deferral_not_a_drop() -> None:
    assert not DROP.search("It's not needed until January.")
    assert not DROP.search("The checklist's not needed yet.")
    assert DROP.search("It's not needed.")


def test_parking_an_offer_talked_over_just_before_drops_no_item_sharing_its_words(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll pull together the list of billing exception rules you use today by the 25th.")],
        [("Ben Adler", "And, um, if you want, I can run a session with the billing team on the exception dashboard "
                       "at some point."),
         ("Lucy Fenn", "Maybe closer to UAT."),
         ("Nora Quinn", "Let's park that. Lucy, how are the exception rules going?")],
    )
    assert [i.status for i in items(facts) if "exception rules" in i.text] == ["open"]
