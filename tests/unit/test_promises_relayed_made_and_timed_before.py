"""Commitments from the seventh blind pair (a hotel group's PMS, a council's in-cab system): a promise relayed for
"he" or "they" named in the turn it answers, a relayed promise that names its thing first, a thing made for others,
work done by the speaker's people, and a promise timed "then" by the sentence before."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

PEOPLE = [Person(name=n) for n in ("Hannah Lister", "Kerensa Polglase", "Dave Nance", "Sarah Trevithick",
                                   "Louise Chenoweth", "Marcus Webb", "Phil Ormerod")]
TUESDAY = date(2026, 11, 3)


def items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    return [f for f in extractor.extract(meeting_context(turns, PEOPLE, TUESDAY)).facts if isinstance(f, ActionItem)]


@pytest.mark.parametrize(("prompt", "reply", "owner", "due"), [
    ("Kerensa, you said you've got Dave's bits.",
     "Yes. So he did his walk round on Thursday, and the second floor's dead. He says he'll order three access "
     "points and have them fitted by the thirteenth.", "Dave Nance", date(2026, 11, 13)),
    ("And RateWave?", "They say they'll have the mapping done by the sixteenth.", "RateWave", date(2026, 11, 16)),
])
def test_a_promise_relayed_for_a_pronoun_is_the_party_the_turn_it_answers_names(
    extractor: OfflineExtractor, prompt: str, reply: str, owner: str, due: date
) -> None:
    found = items(extractor, [("Hannah Lister", prompt), ("Kerensa Polglase", reply)])
    assert [(i.owner, i.due) for i in found if i.status == "open"] == [(owner, due)]


def test_a_relayed_promise_that_names_its_thing_first_is_the_partys(extractor: OfflineExtractor) -> None:
    found = items(extractor, [("Marcus Webb", "Phil says the twelve-volt chargers for the other eight Moss Lane "
                                              "wagons, he'll have them wired in by the 13th.")])
    assert [(i.owner, i.due) for i in found] == [("Phil Ormerod", date(2026, 11, 13))]
    assert "chargers" in found[0].text


@pytest.mark.parametrize(("sentence", "kept"), [
    ("And I'll make the girls a cheat sheet for the app. Big letters, pictures. By Monday.", True),
    ("I'll make a one-page guide for the front desk by Friday.", True),
    ("I'll make it short, I promise.", False),
    ("I'll make a point of saying so.", False),
])
def test_a_thing_made_for_others_is_a_commitment(extractor: OfflineExtractor, sentence: str, kept: bool) -> None:
    assert bool(items(extractor, [("Louise Chenoweth", sentence)])) is kept


def test_a_promise_timed_then_by_the_sentence_before_is_due_that_day_and_quoted_with_it(
    extractor: OfflineExtractor,
) -> None:
    [item] = items(extractor, [("Phil Ormerod", "Both pilot wagons are in for their service on Tuesday anyway. I'll "
                                                "have the fitters put the mounts in while they're there.")])
    assert item.owner == "Phil Ormerod" and item.due == date(2026, 11, 10)
    assert "service on Tuesday" in item.evidence[0].quote


def test_a_promise_timed_then_after_a_question_gets_no_date_from_it(extractor: OfflineExtractor) -> None:
    found = items(extractor, [("Dave Nance", "Are you in Fowey on Thursday? I'll do the survey then.")])
    assert all(i.due is None for i in found)


def test_a_condition_timed_by_then_after_a_promise_is_no_promise_of_its_own(extractor: OfflineExtractor) -> None:
    found = items(extractor, [("Phil Ormerod", "I'll have the goods-in flow configured on the test server by next "
                                               "Thursday. Assuming I'm on the test server by then.")])
    assert [i.text for i in found] == ["I'll have the goods-in flow configured on the test server by next Thursday."]


def test_a_party_written_like_a_name_that_opens_the_sentence_before_is_whom_they_stands_for(
    extractor: OfflineExtractor,
) -> None:
    found = items(extractor, [
        ("Sarah Trevithick", "Four seconds! Roomcraft takes four minutes."),
        ("Kerensa Polglase", "Don't get too excited. RateWave have to map our room types on their side. They say "
                             "they'll have the mapping done by the sixteenth."),
    ])
    assert [(i.owner, i.due) for i in found if i.status == "open"] == [("RateWave", date(2026, 11, 16))]
