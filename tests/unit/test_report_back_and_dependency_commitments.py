"""First mentions of commitments in weekly calls (from two blind audits, paraphrased): a promise with a report-back
clause, a request taken on with a dated promise, a promise resting on a dependency; and past-tense talk that
reports no one's work is not a done item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, FactBase, Person
from ingest.extraction import rules
from ingest.extraction.dates import due_date
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Rosa Klein", "Omar Haddad", "Nadia Petrov", "Felix Grant"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 11, 3)  # a Tuesday


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


def test_a_report_back_clause_gives_its_date_to_the_task_before_it(track) -> None:
    [item] = items(track([
        ("Rosa Klein", "Felix, the analysts for testing?"),
        ("Felix Grant", "I'll speak to the procurement lead about freeing up Nadia's analysts, and I'll get back "
                        "to you by Thursday."),
    ]))
    assert item.owner == "Felix Grant" and item.due == date(2026, 11, 5) and "procurement lead" in item.text


def test_let_me_check_and_come_back_by_a_day_is_one_dated_item(track) -> None:
    [item] = items(track([
        ("Rosa Klein", "Omar, can the feed carry hourly values?"),
        ("Omar Haddad", "Not sure. Let me check with our integration team and I'll come back to you by Friday."),
    ]))
    assert item.owner == "Omar Haddad" and item.due == date(2026, 11, 6)


def test_those_done_by_the_second_dates_the_task_it_follows(track) -> None:
    [item] = items(track([
        ("Rosa Klein", "Omar, the matching rules?"),
        ("Omar Haddad", "So I'll write the matching rules for the first two suppliers, and I'll have those done "
                        "by the second as well."),
    ]))
    assert item.owner == "Omar Haddad" and item.due == date(2026, 12, 2) and "matching rules" in item.text


def test_two_real_tasks_in_one_sentence_stay_two_items(track) -> None:
    found = items(track([
        ("Rosa Klein", "Felix, logistics?"),
        ("Felix Grant", "I'll book the training rooms, and I'll send the agenda to Nadia by Thursday."),
    ]))
    assert len(found) == 2


def test_the_second_after_a_deadline_word_is_a_day_and_elsewhere_is_not() -> None:
    assert due_date("I'll have them done by the second.", WEEK1) == date(2026, 12, 2)
    assert due_date("We'll take the second option.", WEEK1) is None


def test_an_undated_promise_to_talk_to_someone_outside_the_room_is_an_item(track) -> None:
    [item] = items(track([
        ("Rosa Klein", "Felix, the licence budget?"),
        ("Felix Grant", "Okay. I'll talk to the finance controller about the licence budget."),
    ]))
    assert item.owner == "Felix Grant"


def test_talking_to_the_people_in_the_room_is_not_an_item(track) -> None:
    assert items(track([
        ("Rosa Klein", "Felix, the licence budget?"),
        ("Felix Grant", "Okay. I'll talk to you about the licence budget after the demo."),
    ])) == []


def test_a_request_with_any_verb_taken_on_with_a_dated_promise_is_the_accepters_item(track) -> None:
    [item] = items(track([
        ("Rosa Klein", "Thanks. Nadia, could you shortlist three pilot depots from the northern region?"),
        ("Nadia Petrov", "Sure, I'll have a shortlist to you Wednesday."),
    ]))
    assert item.owner == "Nadia Petrov" and item.due == date(2026, 11, 4) and "pilot depots" in item.text


def test_a_request_answered_without_a_promise_is_no_accepted_item(track) -> None:
    assert all(i.owner != "Nadia Petrov" for i in items(track([
        ("Rosa Klein", "Thanks. Nadia, could you shortlist three pilot depots from the northern region?"),
        ("Nadia Petrov", "Hmm, I'm not sure we have the data for that."),
    ])))


def test_owning_a_request_that_points_back_and_dating_a_draft_is_one_item_with_the_task_named(track) -> None:
    [item] = items(track([
        ("Rosa Klein", "Nadia, the supplier risk review. That really needs an owner on your side. Could you own "
                       "that one?"),
        ("Nadia Petrov", "Yes, I'll own it. I'll have a draft by the 20th."),
    ]))
    assert item.owner == "Nadia Petrov" and item.due == date(2026, 11, 20) and "supplier risk review" in item.text


def test_a_commitment_resting_on_a_dependency_is_still_a_commitment(track) -> None:
    found = items(track([
        ("Rosa Klein", "Omar, when would the staging database be ready?"),
        ("Omar Haddad", "Brightline will have the staging database refreshed by the 18th, assuming the backup lands."),
        ("Rosa Klein", "And the invoices, Felix?"),
        ("Felix Grant", "We'll have the first batch of forty invoices reconciled by the 12th, provided we get the "
                        "extract in time."),
    ]))
    assert {(i.owner, i.due, i.conditional) for i in found} == {
        ("Omar Haddad", date(2026, 11, 18), False), ("Felix Grant", date(2026, 11, 12), False)}


def test_an_offer_that_depends_on_being_helpful_is_no_open_commitment(track) -> None:
    found = items(track([
        ("Rosa Klein", "And the invoices, Felix?"),
        ("Felix Grant", "If it'd help, we could have the first batch of invoices reconciled by the 12th."),
    ]))
    assert all(i.conditional or i.status != "open" for i in found)


@pytest.mark.parametrize("said", [
    "There's one design thing Nadia raised.",
    "We got burned on manual uploads two years ago.",
    "The nightly export ran but the file was garbage, it had the closed accounts in it.",
    "Good news, Rupert sent the keys on Monday.",
    "I need someone from facilities to unlock the server room overnight.",
    "We'll check again next week.",
])
def test_talk_that_reports_or_promises_no_ones_work_is_no_item(track, said: str) -> None:
    assert items(track([("Rosa Klein", "Omar, where are we?"), ("Omar Haddad", said)])) == []


def test_work_promised_by_someone_in_the_project_is_an_item(track) -> None:
    said = "We'll check the firewall logs by Friday."
    assert len(items(track([("Rosa Klein", "Omar, where are we?"), ("Omar Haddad", said)]))) == 1
    # (work reported done that closes nothing is news, not an item: test_work_first_heard_of_as_done_is_no_commitment)


def test_news_of_a_colleagues_work_is_their_done_report_but_no_tracked_item_when_it_closes_nothing(
    track, minilm_extractor: OfflineExtractor
) -> None:
    # the extractor reads Nadia's work done; tracking keeps a done report only when it closes an open item (see
    # assistant.tracking._unclaimed_report)
    turns = [("Rosa Klein", "Omar, where are we?"), ("Omar Haddad", "Nadia sent the keys on Monday.")]
    found = [f for f in minilm_extractor.extract(meeting_context(turns, PEOPLE, WEEK1)).facts
             if isinstance(f, ActionItem)]
    assert [(f.owner, f.status) for f in found] == [("Nadia Petrov", "done")]
    assert items(track(turns)) == []
    closed = track([("Nadia Petrov", "I'll send the keys to Omar by Friday.")], turns)
    assert [(i.owner, i.status) for i in items(closed)] == [("Nadia Petrov", "done")]


def test_a_run_whose_output_was_bad_reports_no_work_done_but_a_clean_run_does() -> None:
    assert not rules.completed("The nightly export ran but the file was garbage, it had the closed accounts in it.")
    assert rules.completed("The nightly export ran fine.")
