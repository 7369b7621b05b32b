"""Blockers the fifth blind pair showed stay open after their party acted: a wait that names only its party ("So
we're waiting on Apple.") lifted by "Apple approved it the Wednesday after I resubmitted.", and what the party was
to send arriving under another name ("Harcourt's file turned up on Tuesday" for "until Harcourt give us the
export"). The party doing something else still lifts nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Blocker
from ingest.extraction.offline import OfflineExtractor
from tests.builders import weekly_tracker

THU = date(2026, 10, 15)


def blockers_after(minilm_extractor: OfflineExtractor, minilm: Any, week1: list[tuple[str, str]],
                   week2: list[tuple[str, str]]) -> list[Blocker]:
    facts = weekly_tracker(minilm_extractor, minilm, [], THU)(week1, week2)
    return [f for f in facts if isinstance(f, Blocker)]


APPLE = [("Dev Malhotra", "The app's submitted."), ("Priya Natarajan", "So we're waiting on Apple."),
         ("Dev Malhotra", "Yes.")]
HARCOURT = [("Priya Natarajan", "Owen, the member data?"),
            ("Owen Tasker", "The short version is I can't do anything until Harcourt give us the export out of "
                            "Clubline."),
            ("Priya Natarajan", "Understood.")]


@pytest.mark.parametrize(("week1", "said"), [
    (APPLE, "The app's live in both stores. Apple approved it the Wednesday after I resubmitted."),
    (HARCOURT, "Harcourt's file turned up on Tuesday, so Helen must have done the deed."),
])
def test_the_party_acting_lifts_the_wait_on_it(minilm_extractor: OfflineExtractor, minilm: Any,
                                               week1: list[tuple[str, str]], said: str) -> None:
    [blocker] = blockers_after(minilm_extractor, minilm, week1, [
        ("Priya Natarajan", "Next one."), ("Dev Malhotra" if week1 is APPLE else "Owen Tasker", said),
        ("Priya Natarajan", "Great."),
    ])
    assert blocker.status == "resolved"


@pytest.mark.parametrize(("week1", "said"), [
    (APPLE, "Apple changed their review guidelines again, of course."),
    (HARCOURT, "Harcourt rang me on Tuesday to complain about the form."),
])
def test_the_party_doing_something_else_lifts_nothing(minilm_extractor: OfflineExtractor, minilm: Any,
                                                      week1: list[tuple[str, str]], said: str) -> None:
    [blocker] = blockers_after(minilm_extractor, minilm, week1, [
        ("Priya Natarajan", "Next one."), ("Owen Tasker", said), ("Priya Natarajan", "Okay."),
    ])
    assert blocker.status == "open"


def test_a_new_date_passed_on_for_the_absent_owner_slips_their_item(minilm_extractor: OfflineExtractor,
                                                                     minilm: Any) -> None:
    from tests.builders import action_items

    facts = weekly_tracker(minilm_extractor, minilm, [], THU)(
        [("Ruth Oyelaran", "It's still Marcus."),
         ("Duncan Rusk", "I'll ring Marcus myself and get them moving. Leave it with me, I'll do it this week."),
         ("Priya Natarajan", "Thank you.")],
        [("Priya Natarajan", "And the insurers? Duncan was going to ring Marcus."),
         ("Bethan Lloyd", "He hasn't yet. His PA says he'll call them Monday."),
         ("Ruth Oyelaran", "And I've heard nothing from the insurers either.")],
    )
    [item] = action_items(facts)
    assert (item.status, item.due) == ("slipped", date(2026, 10, 26))


@pytest.mark.parametrize(("missed", "slipped"), [
    ("From me it is. My own draft, I'm not going to make today, I'm sorry. Friday week.", True),
    ("From me it is. My own draft is nearly there. Friday week.", False),
])
def test_a_bare_date_after_the_owner_says_the_work_will_miss_its_date_slips_it(
    minilm_extractor: OfflineExtractor, minilm: Any, missed: str, slipped: bool
) -> None:
    from tests.builders import action_items

    facts = weekly_tracker(minilm_extractor, minilm, [], date(2026, 9, 23))(
        [("Priya Natarajan", "Ruth, the policy?"),
         ("Ruth Oyelaran", "I'll get my draft of the retention policy round by the end of the month."),
         ("Priya Natarajan", "Thanks.")],
        [("Priya Natarajan", "Ruth, I read your notes."), ("Bethan Lloyd", "High praise."), ("Ruth Oyelaran", missed),
         ("Priya Natarajan", "Tom?")],
    )
    [item] = action_items(facts)
    assert (item.status == "slipped") is slipped
    assert item.due == (date(2026, 10, 9) if slipped else date(2026, 9, 30))


TICKET = [("Joel Whitaker", "Have we asked them?"),
          ("Tom Ashworth", "Not in so many words. I'll raise a ticket with Tallis asking for API access and a sandbox. "
                           "I'll do that this week."),
          ("Priya Natarajan", "Great.")]
CALLED = [("Ruth Oyelaran", "Friday week."), ("Priya Natarajan", "So the ninth. That's fine. Tom?"),
          ("Tom Ashworth", "That's gone in. They've given me a reference number and an out-of-office."),
          ("Joel Whitaker", "An out-of-office from a ticket?")]


def test_called_on_by_name_alone_the_owner_of_one_open_item_reports_it_done(minilm_extractor: OfflineExtractor,
                                                                           minilm: Any) -> None:
    from tests.builders import action_items

    [item] = action_items(weekly_tracker(minilm_extractor, minilm, [], date(2026, 9, 23))(TICKET, CALLED))
    assert item.status == "done"


def test_with_two_open_items_a_bare_call_answered_it_is_done_closes_neither(minilm_extractor: OfflineExtractor,
                                                                           minilm: Any) -> None:
    from tests.builders import action_items

    two = [*TICKET[:2], ("Tom Ashworth", "And I'll send Joel the matter types by Friday."), TICKET[2]]
    items = action_items(weekly_tracker(minilm_extractor, minilm, [], date(2026, 9, 23))(two, CALLED))
    assert len(items) == 2 and all(i.status == "open" for i in items)
