"""A request taken on and the promise said in the same answer are one commitment: "Lewis, could you get a quote for
access points in the workshop?" - "I can get a quote. I'm not promising to install anything. I'll get a quote from
the people who did head office, and I'll have it for next Tuesday." Two items (the blind audit lowmoor) left the
request's twin open and overdue after "Quote's in." closed the other."""

from __future__ import annotations

import pytest

from assistant.models import ActionItem
from ingest.extraction.offline import OfflineExtractor
from tests.builders import in_room, of

ASK = "Pavel, could you get a quote for access points in the workshop? Even if we don't know yet who's paying."


def test_the_request_and_the_promise_in_its_answer_are_one_item(extractor: OfflineExtractor) -> None:
    items = of(in_room(extractor, [
        ("Ruth Okoye", ASK),
        ("Pavel Novak", "I can get a quote. I'm not promising to install anything. I'll get a quote from the people "
                        "who did head office, and I'll have it for next Tuesday, before the call."),
        ("Ruth Okoye", "Perfect. Thank you.")]), ActionItem)
    [item] = items
    assert item.owner == "Pavel Novak"
    assert item.text.startswith("I'll get a quote from the people who did head office")
    assert [e.speaker for e in item.evidence][:2] == ["Pavel Novak", "Ruth Okoye"]


@pytest.mark.parametrize("answer", [
    # other work promised in the same answer: two items
    "I can get a quote. And I'll send you the floor plan of the workshop by Friday.",
])
def test_other_work_promised_in_the_answer_stays_its_own_item(extractor: OfflineExtractor, answer: str) -> None:
    items = of(in_room(extractor, [("Ruth Okoye", ASK), ("Pavel Novak", answer), ("Ruth Okoye", "Thanks.")]),
               ActionItem)
    assert len(items) == 2
