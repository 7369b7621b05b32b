"""A speaker's new dated promise is not a new date for their open item when it is other work: for someone else
("I'll send Owain the quote" after "I'll get them to send it to you, Sunita"), another of a numbered kind ("load two"
after "test load one"), or the promise of the ones the item asked ("They'll switch the bulk export on by Monday"
after "ask them to switch the bulk export on"). Taken as slips, they also hid the item's done report in the same
call (the blind audit stenhouse, session 46). "Test load one is in." and "Wave two's live." report done; a state
wanted ("I want ... the fines stripped out") does not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Person
from assistant.tracking import numbered_apart
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name="Rachel Moss", side="vendor"), Person(name="Lee Carter", side="vendor"),
          Person(name="Sunita Rao", side="customer"), Person(name="Owain Price", side="customer"),
          Person(name="Tomasz Nowak", side="vendor")]
THU = date(2026, 10, 8)


def _statuses(facts: list[Any], owner: str) -> dict[str, str]:
    return {i.text: i.status for i in action_items(facts) if i.owner == owner}


@pytest.mark.parametrize(("said", "slipped"), [
    ("I'll send Owain the quote for the reconfiguration and the firmware by Monday.", False),  # other work
    ("I'll get the config sheet to you, Sunita, by Monday.", True),  # the same work, a later day
])
def test_a_promise_to_someone_else_is_other_work(minilm_extractor: OfflineExtractor, minilm: Any, said: str,
                                                 slipped: bool) -> None:
    week1 = [("Rachel Moss", "Sunita needs the kiosk configuration and the firmware versions."),
             ("Lee Carter", "Our tech team has a sheet for exactly that. I'll get them to send it to you, Sunita, by "
                            "Friday."), ("Rachel Moss", "Lovely.")]
    week2 = [("Rachel Moss", "Lee, anything?"), ("Lee Carter", said), ("Rachel Moss", "Thanks.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(week1, week2)
    first = next(i for i in action_items(facts) if "send it to you, Sunita" in i.text)
    assert (first.status == "slipped") is slipped


def test_load_two_is_not_test_load_one_again_and_load_one_in_closes_it(minilm_extractor: OfflineExtractor,
                                                                       minilm: Any) -> None:
    week1 = [("Rachel Moss", "Tomasz, the test load?"),
             ("Tomasz Nowak", "So. I'll have test load one in the sandbox by Wednesday."), ("Rachel Moss", "Lovely.")]
    week2 = [("Rachel Moss", "Tomasz, the test load."),
             ("Tomasz Nowak", "Test load one is in. Since Tuesday afternoon."),
             ("Rachel Moss", "Brilliant. What next?"),
             ("Tomasz Nowak", "Then I'll do load two by Friday week."), ("Rachel Moss", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(week1, week2)
    states = _statuses(facts, "Tomasz Nowak")
    assert states["I'll have test load one in the sandbox by Wednesday."] == "done"
    assert [s for t, s in states.items() if "load two" in t] == ["open"]


@pytest.mark.parametrize(("said", "status"), [
    ("They'll switch the bulk export on by Monday, they say.", "open"),  # Marrick's promise, not a new date of hers
    ("I'll log it with them by Monday, sorry, it slipped.", "slipped"),
])
def test_the_promise_of_those_asked_is_no_new_date_for_the_asking(minilm_extractor: OfflineExtractor, minilm: Any,
                                                                  said: str, status: str) -> None:
    week1 = [("Rachel Moss", "Who talks to Marrick?"),
             ("Sunita Rao", "Me, sadly. I'll log it with Marrick today and ask them to switch the bulk export on."),
             ("Rachel Moss", "Thanks.")]
    week2 = [("Rachel Moss", "Sunita, have Marrick come back to you?"), ("Sunita Rao", said),
             ("Rachel Moss", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(week1, week2)
    [item] = [i for i in action_items(facts) if "Marrick today" in i.text]
    assert item.status == status


@pytest.mark.parametrize(("old", "new", "apart"), [
    ("I'll have test load one in the sandbox by Wednesday.", "Then I'll do load two a fortnight tomorrow.", True),
    ("I'll have wave 1 enrolled by Friday.", "Wave two will be the twentieth.", True),
    ("I'll have test load one in the sandbox by Wednesday.", "Load one will be Friday now.", False),
    ("I'll have wave 1 enrolled by Friday.", "Wave one will be the twentieth now.", False),
    ("I'll send the plan by Friday.", "I'll do load two on Monday.", False),  # nothing numbered in the item
])
def test_things_numbered_apart(old: str, new: str, apart: bool) -> None:
    assert numbered_apart(old, new) is apart


@pytest.mark.parametrize(("said", "report"), [
    ("Test load one is in.", True),
    ("Phase two's live.", True),
    ("I think one is in.", False),
    ("So Ward 7 is loaded", False),  # a part of "both wards", said after "So" (the rest of the turn decides)
    ("I want to do a second test load with the borrowers mapped properly, the fines stripped out.", False),
    ("We need the borrowers mapped properly.", False),
    ("The spec went over on Friday.", True),  # (unchanged)
])
def test_a_numbered_thing_reported_done_and_a_state_wanted(said: str, report: bool) -> None:
    assert (done_report(said) is not None) is report


def test_a_count_is_no_shared_work(minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    people = [Person(name="Hannah Pryce", side="vendor"), Person(name="Marcus Lindqvist", side="vendor"),
              Person(name="Bethan Morgan", side="customer")]
    week1 = [("Hannah Pryce", "Bethan, could you or someone in your team check a sample of two hundred once it's "
                              "loaded?"),
             ("Bethan Morgan", "Send it to me. I'll have it back to Marcus by the twenty-second."),
             ("Hannah Pryce", "Thanks.")]
    week2 = [("Hannah Pryce", "Okay. Let's make a start. Marcus, trial one."),
             ("Marcus Lindqvist", "It went in on Tuesday night, a hundred and seventy-nine thousand four hundred "
                                  "objects, and about four thousand rejects."),
             ("Hannah Pryce", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, people, date(2026, 9, 10))(week1, week2)
    [item] = [i for i in action_items(facts) if i.owner == "Bethan Morgan"]
    assert item.status == "open"
