"""Follow-ups: work let go by a choice made instead ("let's go with the nightly feed and forget the connector"), by
an imperative aside ("the census return, scrap that"), by its owner ("I'll stand that down") or reported called off
("he's cancelled it, so that's not happening") is dropped on the item (ingest.extraction.followup)."""

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


def test_letting_work_go_is_said_in_many_ways() -> None:
    for s in ("Okay, so let's go with the nightly feed and forget the provisioning connector.",
              "We'll stick with paper and drop the tablet rollout.",
              "Ben, the supplier spreadsheet, scrap that.",
              "Forget the FAQ, we'll use the intranet page.",
              "Let's not bother with the second mock.",
              "Okay, I'll stand that down.",
              "His PA rang, he's cancelled it.",
              "So that's not happening."):
        assert DROP.search(s), s
    for s in ("Let's not forget the pen test.", "It's not happening this side of Christmas.",
              "Let's go with the nightly feed and get it tested.", "I'll drop the tablets off on Monday."):
        assert not DROP.search(s), s


@pytest.mark.parametrize("call2", [
    [("Nora Quinn", "Kemi, the identity side. Where did we get to?"),
     ("Kemi Hart", "Honestly, a nightly file to the directory would do the same job for far less effort."),
     ("Omar Said", "Then I'm for it."),
     ("Nora Quinn", "Okay, so let's go with the nightly file and forget the provisioning connector.")],
    [("Nora Quinn", "Kemi, anything from you?"),
     ("Lucy Fenn", "Oh, yes. Kemi, the provisioning connector, scrap that. We'll send a nightly file instead.")],
])
def test_work_let_go_by_a_choice_or_an_aside_is_dropped(track: Callable[..., list[FactBase]],
                                                        call2: list[tuple[str, str]]) -> None:
    facts = track(
        [("Kemi Hart", "I'll have the user provisioning connector built by the end of October."),
         ("Ben Adler", "I'll run the rehearsal load by Friday.")],
        call2,
    )
    assert [i.status for i in items(facts) if "provisioning connector" in i.text] == ["dropped"]
    assert [i.status for i in items(facts) if "rehearsal" in i.text] == ["open"]


def test_the_owner_standing_the_work_down_after_the_choice_drops_it(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Ben Adler", "I'll switch on the staff mobile app for the pilot ward by the 16th."),
         ("Lucy Fenn", "I'll send the rota template by Friday.")],
        [("Omar Said", "Security won't let staff put the mobile app on their own phones until the policy's agreed."),
         ("Nora Quinn", "Then the mobile app comes out of the pilot, we look at it again in January."),
         ("Ben Adler", "Okay, I'll stand that down.")],
    )
    assert [i.status for i in items(facts) if "mobile app" in i.text] == ["dropped"]
    assert [i.status for i in items(facts) if "rota" in i.text] == ["open"]
