"""An offer the next speaker turns down at once is no commitment: "I'll check the dates of birth." - "Don't, it'll
only upset you." (wetherby), "I'll check the lofts personally. With a torch." - "Please don't." (thornbury), "I'll
enrol the dog as well, then." - "Please don't." (kirkstall); each audit's gold lists it among the non-commitments.
A reply that only asks for less ("Don't tidy it too much") or reassures ("Don't worry") leaves the promise standing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

PEOPLE = [Person(name="Megan Castell"), Person(name="Ravi Sandhu"), Person(name="Lucy Barr")]
THU = date(2026, 11, 5)


@pytest.fixture(scope="module")
def extractor(minilm: Any) -> OfflineExtractor:
    return OfflineExtractor(embedder=minilm, rulings=False)


def _items(extractor: OfflineExtractor, promise: str, reply: str) -> list[ActionItem]:
    turns = [("Megan Castell", "Ravi, the data?"), ("Ravi Sandhu", promise), ("Lucy Barr", reply),
             ("Megan Castell", "Okay. Lucy, the rota?")]
    return [f for f in extractor.extract(meeting_context(turns, PEOPLE, THU)).facts if isinstance(f, ActionItem)]


@pytest.mark.parametrize(("promise", "reply"), [
    ("The customers are in. I'll check the dates of birth.", "Don't, it'll only upset you."),
    ("I'll check the lofts personally. With a torch.", "Please don't."),
    ("I'll check the dates of birth tomorrow.", "No need. They're fine."),
])
def test_an_offer_turned_down_by_the_next_speaker_is_no_action_item(extractor: OfflineExtractor, promise: str,
                                                                    reply: str) -> None:
    assert _items(extractor, promise, reply) == []


@pytest.mark.parametrize("reply", ["Don't tidy it too much, I'd rather have it rough.", "Don't worry, that's fine.",
                                   "Great, thanks."])
def test_a_reply_that_asks_for_less_or_thanks_keeps_the_promise(extractor: OfflineExtractor, reply: str) -> None:
    [item] = _items(extractor, "I'll check the dates of birth tomorrow.", reply)
    assert item.owner == "Ravi Sandhu"


def test_only_the_promise_just_before_the_refusal_goes(extractor: OfflineExtractor) -> None:
    [item] = _items(extractor, "I'll load the vouchers on Friday. And I'll check the dates of birth.", "Please don't.")
    assert "vouchers" in item.text
