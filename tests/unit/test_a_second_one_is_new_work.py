"""A promise of "a second trial load" is new work, not the first trial load promised again with a later date. The
blind audits wetherby and ambleside (session 48) both merged such a promise into the owner's earlier item as a slip;
"load two" after "load one" was already told apart. A re-promise of the same one still slips it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Person
from assistant.tracking import numbered_apart
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name="Megan Holt", side="vendor"), Person(name="Ravi Sandhu", side="vendor"),
          Person(name="Lucy Barr", side="customer")]
THU = date(2026, 10, 22)
WEEK1 = [("Megan Holt", "Ravi, the data?"),
         ("Ravi Sandhu", "I'll have the first trial load in the sandbox by next Thursday, customers and members."),
         ("Megan Holt", "Lovely.")]


def test_a_second_trial_load_is_a_new_item_beside_the_first(minilm_extractor: OfflineExtractor,
                                                            minilm: Any) -> None:
    week2 = [("Megan Holt", "Ravi, what's next for the data?"),
             ("Ravi Sandhu", "The second trial load. Vouchers and the future bookings. I'll have the second trial load "
                             "done by Friday."),
             ("Megan Holt", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(WEEK1, week2)
    items = action_items(facts)
    first = next(i for i in items if "first trial load" in i.text)
    second = next(i for i in items if "second trial load" in i.text)
    assert first.id != second.id
    assert first.status == "open" and first.due == date(2026, 10, 29)
    assert second.due == date(2026, 10, 30)


def test_the_first_trial_load_promised_again_still_slips(minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    week2 = [("Megan Holt", "Ravi, the first trial load?"),
             ("Ravi Sandhu", "Not yet, the export was late. I'll have the first trial load in by Friday."),
             ("Megan Holt", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(WEEK1, week2)
    [item] = [i for i in action_items(facts) if "trial load" in i.text]
    assert item.status == "slipped" and item.due == date(2026, 10, 30)


@pytest.mark.parametrize(("old", "new", "apart"), [
    ("I'll have the first trial load in the sandbox by next Thursday", "I'll do a second trial load by Friday.", True),
    ("I'll run the trial load this week and send Gary the exceptions.", "Then I'll do the second trial load on Friday.",
     True),
    ("I'll get a quote from the people who did head office.", "I'll get a second quote by Friday.", True),
    ("I'll have test load one in the sandbox by Wednesday", "Then I'll do load two a fortnight tomorrow", True),
    ("I'll send the second batch by Friday.", "I'll have the second batch to you on Monday.", False),
    ("I'll send the plan by Friday.", "I'll send the plan by the second week of November.", False),
    ("I'll do the trial load by Friday.", "I'll have the first trial load in by Monday.", False),
    ("I'll send the quote by Friday.", "I'll send the quote by the twenty-second.", False),
    ("I'll book the session for Friday.", "I'll book the session for the second, first thing.", False),
])
def test_a_thing_said_with_another_number_or_ordinal_is_another_thing(old: str, new: str, apart: bool) -> None:
    assert numbered_apart(old, new) is apart
