"""Commitments said with a date and little else: an offer dated at once with "if that's alright?", a request
answered only with a day ("Tomorrow."), and a promise timed "then" by the clause before it in one sentence."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

PEOPLE = [Person(name=n) for n in ("Hannah Lister", "Kerensa Polglase", "Dave Nance", "Tomasz Wilk", "Bethan Rowe")]
TUESDAY = date(2026, 10, 13)


def items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    return [f for f in extractor.extract(meeting_context(turns, PEOPLE, TUESDAY)).facts if isinstance(f, ActionItem)]


@pytest.mark.parametrize("when", ["Thursday, if that's alright?", "Thursday, if that's okay.", "Thursday alright?"])
def test_an_offer_dated_at_once_is_the_speakers_promise_even_when_it_asks_if_the_day_suits(
    extractor: OfflineExtractor, when: str
) -> None:
    found = items(extractor, [("Hannah Lister", "Right. Bethan, the training?"),
                              ("Bethan Rowe", f"I can run the first session at Fowey. {when}")])
    assert [(i.owner, i.due) for i in found] == [("Bethan Rowe", date(2026, 10, 15))]
    assert found[0].evidence[0].quote.startswith("I can run the first session at Fowey")


def test_an_undated_offer_that_only_asks_if_it_suits_is_no_promise(extractor: OfflineExtractor) -> None:
    assert items(extractor, [("Hannah Lister", "Right. Bethan, the training?"),
                             ("Bethan Rowe", "I can run the first session at Fowey. Is that alright?")]) == []


def test_a_request_answered_only_with_a_day_is_taken_on_by_then(extractor: OfflineExtractor) -> None:
    found = items(extractor, [("Hannah Lister", "Kerensa, can you send Tomasz your room list?"),
                              ("Kerensa Polglase", "Tomorrow. It's already in a spreadsheet.")])
    assert [(i.owner, i.due) for i in found] == [("Kerensa Polglase", date(2026, 10, 14))]


def test_a_request_answered_with_a_question_about_it_is_not_taken_on(extractor: OfflineExtractor) -> None:
    found = items(extractor, [("Hannah Lister", "Kerensa, can you send Tomasz your room list?"),
                              ("Kerensa Polglase", "Which one? The old one or the new one?")])
    assert all(i.owner != "Kerensa Polglase" or i.due is None for i in found)


def test_a_promise_timed_then_by_the_clause_before_it_is_due_that_day(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [("Hannah Lister", "Dave, the Wi-Fi?"),
                               ("Dave Nance", "I'm in Fowey Thursday week, I'll do the survey then.")])
    assert item.owner == "Dave Nance" and item.due == date(2026, 10, 22)
    assert "Fowey Thursday week" in " ".join(e.quote for e in item.evidence)


def test_a_promise_timed_then_after_a_clause_asking_gets_no_date_from_it(extractor: OfflineExtractor) -> None:
    found = items(extractor, [("Dave Nance", "Am I in Fowey on Thursday, I'll do the survey then?")])
    assert all(i.due is None for i in found)


def test_a_result_promised_for_both_dates_the_promise_before_it_whatever_its_verb(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [("Hannah Lister", "Kerensa, the pay codes?"),
                               ("Kerensa Polglase", "Leave it with me. I'll dig out the pay code list and a sample "
                                                    "file. You'll have both by Monday.")])
    assert item.owner == "Kerensa Polglase" and item.due == date(2026, 10, 19)
    assert item.text.startswith("I'll dig out the pay code list and a sample file.")


def test_a_result_promised_after_a_question_takes_no_promise_from_it(extractor: OfflineExtractor) -> None:
    found = items(extractor, [("Kerensa Polglase", "Will I dig out the pay code list? You'll have it by Monday.")])
    assert all("dig out" not in i.text for i in found)


ROOM_LIST = [("Hannah Lister", "Great. Kerensa, while I've got you, Tomasz will need your room list."),
             ("Kerensa Polglase", "The rooms, with the types and which ones have the sea view and the dog beds?"),
             ("Tomasz Wilk", "Exactly that. Room number, type, features, which ones connect.")]


def test_a_need_put_to_someone_by_name_is_taken_on_by_their_date_after_they_ask_what_is_meant(
    extractor: OfflineExtractor,
) -> None:
    found = items(extractor, [*ROOM_LIST, ("Kerensa Polglase", "Tomorrow. It's already in a spreadsheet.")])
    assert [(i.owner, i.due) for i in found] == [("Kerensa Polglase", date(2026, 10, 14))]
    assert "room list" in found[0].text


def test_a_need_put_to_someone_who_asks_what_is_meant_and_then_refuses_is_not_taken_on(
    extractor: OfflineExtractor,
) -> None:
    found = items(extractor, [*ROOM_LIST, ("Kerensa Polglase", "No. Not a chance, it's his job to build that.")])
    assert all(i.owner != "Kerensa Polglase" for i in found)


@pytest.mark.parametrize("reply", ["Friday? No chance, I'm away all week.", "Tomorrow? I can't, I'm in Truro."])
def test_a_request_answered_with_a_day_and_then_refused_is_not_taken_on(extractor: OfflineExtractor, reply: str) -> None:
    found = items(extractor, [("Hannah Lister", "Kerensa, can you send Tomasz your room list?"),
                              ("Kerensa Polglase", reply)])
    assert all(i.owner != "Kerensa Polglase" for i in found)


def test_work_another_speaker_hands_out_after_the_need_stays_the_item_the_addressee_takes_on(
    extractor: OfflineExtractor,
) -> None:
    found = items(extractor, [("Hannah Lister", "And UAT. Kerensa, we'll need real cases to test with."),
                              ("Dave Nance", "Kerensa's going to pick out twenty awkward cases for testing."),
                              ("Kerensa Polglase", "Am I?"),
                              ("Dave Nance", "You know where the bodies are buried."),
                              ("Kerensa Polglase", "Fine. Twenty. Friday week.")])
    assert [(i.owner, i.due) for i in found] == [("Kerensa Polglase", date(2026, 10, 23))]
    assert "twenty awkward cases" in found[0].text
