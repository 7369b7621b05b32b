"""Two answers to the host that say the work is done without the words the follow-up grammar knew (the blind audits
wetherby and ambleside, session 48): the owner's "Done my bit. The form's on Judith's desk." and "It went back to
Lonsdale on Friday." for "I'll fill the questionnaire in and send it back to Lonsdale". Imperatives ("Put my name on
it.") and going back to talk to someone or to the drawing board are no report of done."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Person
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name="Fiona Marsh", side="vendor"), Person(name="Shabana Iqbal", side="customer"),
          Person(name="Sadia Rahman", side="customer")]
THU = date(2026, 10, 8)
WEEK1 = [("Fiona Marsh", "Shabana, the Tillway form?"),
         ("Shabana Iqbal", "I'll fill the Tillway form in and put it in front of Judith by Wednesday."),
         ("Fiona Marsh", "And the insurer?"),
         ("Sadia Rahman", "Me, apparently. I'll fill the questionnaire in and send it back to Lonsdale by Friday."),
         ("Fiona Marsh", "Thanks.")]


def _status(facts: list[Any], words: str) -> str:
    return next(i.status for i in action_items(facts) if words in i.text)


def test_the_owners_done_my_bit_closes_the_item_asked_about(minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    week2 = [("Fiona Marsh", "Shabana, the Tillway form?"),
             ("Shabana Iqbal", "Done my bit. The form's on Judith's desk. It's been there since Tuesday morning."),
             ("Fiona Marsh", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(WEEK1, week2)
    assert _status(facts, "Tillway form") == "done"
    assert _status(facts, "questionnaire") == "open"


def test_a_questionnaire_that_went_back_to_the_insurer_is_done(minilm_extractor: OfflineExtractor,
                                                               minilm: Any) -> None:
    week2 = [("Fiona Marsh", "And the insurer's questionnaire?"),
             ("Sadia Rahman", "It went back to Lonsdale on Friday. Forty-one questions. So now it's the insurer's three "
                              "weeks, and I can't do anything about that."),
             ("Fiona Marsh", "Okay.")]
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)(WEEK1, week2)
    assert _status(facts, "questionnaire") == "done"
    assert _status(facts, "Tillway form") == "open"


@pytest.mark.parametrize(("sentence", "done"), [
    ("Done my bit.", True),
    ("It went back to Lonsdale on Friday.", True),
    ("The form went back to Judith on Monday.", True),
    ("Put my name on it.", False),
    ("We went back to Lonsdale on Friday.", False),  # talked to them again
    ("It went back to the drawing board.", False),
    ("Legal and I have gone back and forth.", False),
])
def test_what_reports_done_and_what_does_not(sentence: str, done: bool) -> None:
    assert (done_report(sentence) is not None) is done
