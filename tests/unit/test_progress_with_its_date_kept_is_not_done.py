"""Progress is not done (the blind audit ambleside, session 48): "I've done thirty. I'm fine for the thirteenth." of
eighty templates keeps the date for the rest, and "Maureen's started her reconciliation and the office has gone very
quiet." reports a start and a mood. Both closed the item before. "I've done all eighty." still closes it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Person
from ingest.extraction import rules
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name="Fiona Marsh", side="vendor"), Person(name="Beth Harker", side="customer")]
MON = date(2026, 11, 2)
WEEK1 = [("Fiona Marsh", "Beth, the templates?"),
         ("Beth Harker", "I'll have the eighty converted by Friday the thirteenth. Unlucky for some."),
         ("Fiona Marsh", "Thanks.")]


@pytest.mark.parametrize(("said", "status"), [
    ("I've done thirty. I'm fine for the thirteenth.", "open"),
    ("I've done all eighty. They're in the test system.", "done"),
])
def test_a_count_done_with_the_date_kept_leaves_the_item_open(minilm_extractor: OfflineExtractor, minilm: Any,
                                                              said: str, status: str) -> None:
    week2 = [("Fiona Marsh", "Beth, the eighty?"), ("Beth Harker", said), ("Fiona Marsh", "Good.")]
    [item] = action_items(weekly_tracker(minilm_extractor, minilm, PEOPLE, MON)(WEEK1, week2))
    assert item.status == status


@pytest.mark.parametrize(("rest", "still_due"), [
    ("I'm fine for the thirteenth.", True),
    ("We're on track for the sixth.", True),
    ("It's fine for the portal.", False),
])
def test_the_date_kept_for_the_rest(rest: str, still_due: bool) -> None:
    assert rules.rest_still_due(rest) is still_due


@pytest.mark.parametrize("sentence", [
    "Only that Maureen's started her reconciliation and the office has gone very quiet.",
    "I've gone a bit cold on it, honestly.",
])
def test_gone_quiet_or_cold_is_no_report_of_done(sentence: str) -> None:
    assert done_report(sentence) is None
