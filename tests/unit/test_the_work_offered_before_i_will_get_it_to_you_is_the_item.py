"""An offer of work, then its date in a sentence of its own with "it" or "that": "I can write up how it works now.
I'll get that to you by Friday." The item is both sentences, so it says what the work is; before, it was only "I'll
get that to you by Friday." (the blind audit ambleside's C6 was scored missed for it; lowmoor and tollcross say the
same). An offer that names no work of its own ("I can pull that.") leaves the dated sentence alone."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

PEOPLE = [Person(name="Fiona Marsh"), Person(name="Sadia Rahman"), Person(name="Beth Cole")]
MON = date(2026, 10, 5)


@pytest.fixture(scope="module")
def extractor(minilm: Any) -> OfflineExtractor:
    return OfflineExtractor(embedder=minilm, rulings=False)


def _item(extractor: OfflineExtractor, said: str) -> ActionItem:
    turns = [("Beth Cole", "What I'd need is how the conflict check really works, written down."),
             ("Sadia Rahman", said), ("Fiona Marsh", "Thanks, Sadia.")]
    [item] = [f for f in extractor.extract(meeting_context(turns, PEOPLE, MON)).facts if isinstance(f, ActionItem)]
    return item


@pytest.mark.parametrize(("said", "work"), [
    ("I can write up how it works now. I'll get that to you by Friday.", "write up how it works"),
    ("I can do you a diagram. I'll get it to you by Friday.", "diagram"),
])
def test_the_offer_before_the_dated_sentence_is_the_items_work(extractor: OfflineExtractor, said: str,
                                                                work: str) -> None:
    item = _item(extractor, said)
    assert work in item.text
    assert item.owner == "Sadia Rahman" and item.due == date(2026, 10, 9)
    assert item.evidence[0].quote == said  # both sentences, verbatim


def test_an_offer_that_names_no_work_leaves_the_dated_sentence_alone(extractor: OfflineExtractor) -> None:
    item = _item(extractor, "I can pull that. I'll get it to you by Friday.")
    assert item.text == "I'll get it to you by Friday."
