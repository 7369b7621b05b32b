"""Promises the audits' replays missed at first mention: a deadline beside words that usually mean talk done in the
meeting ("go through", "first"), the next call as the only when, a date said twice or hedged after it, the time
asked for ("give me a week"), the work named before its dated result, being on site on a day, the speaker's office,
a delivery passed on, and a side's estimate of a delivery. And what still is not one; and a report of the parts
that are ready, but with a fault in another, or with the rest still to come, is no closure."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, meeting_context, weekly_tracker

MON = date(2026, 10, 5)
PEOPLE = [
    Person(name="Priya Raman", side="vendor", role="project manager"),
    Person(name="Carys Pugh", side="vendor"),
    Person(name="Shona Kerr", side="customer"),
    Person(name="Amrit Sandhu", side="customer"),
]


def said_by_carys(extractor: OfflineExtractor, sentence: str) -> list[ActionItem]:
    """Action items of a three-turn call whose middle turn is Carys's answer to the PM's prompt."""
    turns = [("Priya Raman", "Carys, where are we?"), ("Carys Pugh", sentence), ("Shona Kerr", "Okay, thanks.")]
    fs = extractor.extract(meeting_context(turns, PEOPLE, MON))
    return [f for f in fs.facts if isinstance(f, ActionItem)]


@pytest.mark.parametrize(("sentence", "due"), [
    # a deadline: not "go through" done in the meeting
    ("I'll go through the rota with the ward managers and send it back to Shona by Friday.", date(2026, 10, 9)),
    # "first" is part of the work, not the running order of the call
    ("Okay. I'll redo the plan with the 30th and the night shift going first, by tomorrow.", date(2026, 10, 6)),
    # the date hedged after it still stands
    ("And then I'll do the cost-code mapping. End of next week, so the sixteenth, if the spreadsheet behaves.",
     date(2026, 10, 16)),
    # the same day said twice
    ("Once I'm in, I'll do a first test load, customers and open orders, and put it into staging. "
     "Friday week, so the sixteenth.", date(2026, 10, 16)),
    # the time the speaker asks for, ending on a day
    ("And once that's live I'll point our test rig at it. Give me a week after that, say the fourteenth.",
     date(2026, 10, 14)),
    # what the result will be, then when it comes
    ("Let me put it in writing for you properly. One page, what we keep and for how long. You'll have it by "
     "Thursday.", date(2026, 10, 8)),
    # the work named first, then its result on a day
    ("The whole sign-off workflow, built and tested, I'll have that by the twentieth.", date(2026, 10, 20)),
    ("Yep. So the first cut of the route maps, that's north and south, we can have that to Shona next Wednesday.",
     date(2026, 10, 14)),
    # being there on a day is the work that needs the speaker there
    ("Let me look. I can be on site Tuesday the thirteenth. Put me down for the thirteenth.", date(2026, 10, 13)),
    ("Then I'd want to see the racks myself. Thursday the fifteenth I can be in Leeds.", date(2026, 10, 15)),
    # the speaker's office, and the speaker's side's estimate of a delivery
    ("My office will send you the list of approvers by Wednesday.", date(2026, 10, 7)),
    ("We're revising it for the new rules. We should have the interface spec to you by the end of next week.",
     date(2026, 10, 16)),
])
def test_a_promise_with_its_work_or_date_said_apart_is_the_speakers_dated_item(
    extractor: OfflineExtractor, sentence: str, due: date
) -> None:
    [item] = said_by_carys(extractor, sentence)
    assert (item.owner, item.due, item.status) == ("Carys Pugh", due, "open")


def test_asking_someone_to_come_to_the_next_call_is_the_speakers_item_with_no_date(
    extractor: OfflineExtractor,
) -> None:
    [item] = said_by_carys(extractor, "I'll ask Bernard to come along next time.")
    assert (item.owner, item.due) == ("Carys Pugh", None)


def test_a_delivery_a_supplier_told_the_speaker_of_is_the_suppliers(extractor: OfflineExtractor) -> None:
    [item] = said_by_carys(extractor, "So the order's with Tracwell. Tracwell have told me the whole lot will be "
                                      "with you by Friday the ninth.")
    assert (item.owner, item.due) == ("Tracwell", date(2026, 10, 9))


@pytest.mark.parametrize("sentence", [
    "I'll go through the slides first.",  # the running order of this call, no deadline
    "I'll be in Spain on leave from the twelfth.",  # where one will be, for no work
    "I'll be off sick at home tomorrow, I think.",
    "Tracwell have told me the whole lot will be with you soon.",  # passed on, but with no date
    "We should have the spec to you at some point.",  # an estimate with no date
])
def test_what_only_sounds_like_such_a_promise_is_no_item(extractor: OfflineExtractor, sentence: str) -> None:
    assert said_by_carys(extractor, sentence) == []


def test_an_aside_that_names_the_work_is_part_of_the_item_and_its_quote_runs_to_the_date(
    extractor: OfflineExtractor,
) -> None:
    [item] = said_by_carys(extractor, "I'll pull that together. All the codes, and what each site uses them for. "
                                      "Before the next call, if that's okay.")
    assert item.text == "I'll pull that together. All the codes, and what each site uses them for."
    assert item.evidence[0].quote.endswith("Before the next call, if that's okay.")
    assert item.due == date(2026, 10, 12)


def test_an_aside_that_says_something_else_stays_out_of_the_items_text(extractor: OfflineExtractor) -> None:
    [item] = said_by_carys(extractor, "I'll send you the lettable standard and the voids checklist. We've got a "
                                      "version from 2023 that's mostly right. By the end of the week.")
    assert item.text == "I'll send you the lettable standard and the voids checklist."
    assert item.due == date(2026, 10, 9)


@pytest.mark.parametrize("said", [
    "The north and the south maps are ready, but the east map's got the wrong street names on it.",
    "The laptops are imaged, but the docking stations are still broken.",
])
def test_the_parts_ready_but_another_with_a_fault_is_no_done_report(said: str) -> None:
    assert done_report(said) is None


def test_parts_ready_but_one_with_a_fault_and_held_back_leaves_the_whole_delivery_open(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, MON)
    week1 = [("Priya Raman", "Carys, the route maps?"),
             ("Carys Pugh", "Yep. So the first cut of the route maps, that's north, south and east, we can have that "
                            "to Shona next Wednesday."), ("Shona Kerr", "Great.")]
    week2 = [("Priya Raman", "Carys, the route maps?"),
             ("Carys Pugh", "So. The north and the south are ready, but the east map's got the wrong street names on "
                            "it. So we've held the whole lot back until that's fixed."),
             ("Shona Kerr", "Okay.")]
    [item] = [i for i in action_items(run(week1, week2)) if "route maps" in i.text]
    assert item.status != "done"


def test_a_draft_promised_after_the_topic_of_the_turn_carries_the_topic(extractor: OfflineExtractor) -> None:
    [item] = said_by_carys(extractor, "And from my side, the cutover runbook. I'll have a first draft on the "
                                      "SharePoint before next week's call, for Shona to pull apart.")
    assert item.text.startswith("From my side, the cutover runbook. I'll have a first draft")
    assert item.due == date(2026, 10, 12)


@pytest.mark.parametrize(("sentence", "due"), [
    # "from" in a promise is when it starts, not a day gone by
    ("I'll be on site from Saturday the tenth for the cutover, through to the Wednesday.", date(2026, 10, 10)),
    # ... but where the speaker is away from is no due date
    ("I'm away from Friday, so I'll send the rota Thursday.", date(2026, 10, 8)),
])
def test_a_day_said_with_from_is_the_start_of_a_promise_but_not_of_an_absence(
    extractor: OfflineExtractor, sentence: str, due: date
) -> None:
    [item] = said_by_carys(extractor, sentence)
    assert item.due == due


@pytest.mark.parametrize("report", [
    # the rest given a later day
    "Leeds and York are done. Then the tills fell over and it ate my whole week. Hull and Selby by Monday.",
    # the speaker still on it, and the day still stands
    "I've done Leeds and York, I'm on the Hull firewall now. Still fine for Friday.",
    # the day said to stand before a report that the work is nearly there
    "Still Friday. It's basically configured, I just want to test it at one branch.",
    # a part named first, not done yet
    "Harrogate's done. Ripon I haven't been out to yet. It's an hour and a half each way, and the shops have got "
    "their Christmas stock coming in. I'll try and get out there.",
])
def test_a_report_with_the_rest_still_to_come_leaves_the_item_open(minilm_extractor, minilm, report: str) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, MON)
    week1 = [("Priya Raman", "Carys, the branch firewalls?"),
             ("Carys Pugh", "I'll configure the four branch firewalls by Friday week."), ("Shona Kerr", "Great.")]
    week2 = [("Priya Raman", "Okay. Carys, the firewalls?"), ("Carys Pugh", report), ("Priya Raman", "Any idea when?")]
    [item] = [i for i in action_items(run(week1, week2)) if "firewalls" in i.text]
    assert item.status != "done"


def test_a_report_with_no_rest_to_come_still_closes_the_item(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, MON)
    week1 = [("Priya Raman", "Carys, the branch firewalls?"),
             ("Carys Pugh", "I'll configure the four branch firewalls by Friday week."), ("Shona Kerr", "Great.")]
    week2 = [("Priya Raman", "Carys, the branch firewalls?"),
             ("Carys Pugh", "All four firewalls are configured. Thanks for chasing the change board."),
             ("Shona Kerr", "Okay.")]
    [item] = [i for i in action_items(run(week1, week2)) if "firewalls" in i.text]
    assert item.status == "done"
