"""Work taken on by an offer that someone welcomes on the owner's behalf ("Why don't I just send them? I can do it
Friday." - "Would you? That's one thing off her plate."; the taker's promise is that work's date, not a slip of their
own item), and work received by the one it was for by name ("Lou, your four guinea pigs?" - Bethan: "I've got
them." for "I'll have four names to Bethan by Friday"), and the count the work was of arriving ("Forty boxes
turned up yesterday afternoon." for "We'll have the forty units on site at Kettering")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from ingest.extraction.offline import OfflineExtractor
from tests.builders import owned_after

GATEHOUSE = ["Priya Natarajan", "Tom Ashdown", "Jas Sandhu", "Sunita Bhatt", "Owen Faulkner"]
WEEK1 = [("Owen Faulkner", "Overtime rates, night enhancement, bank holidays. I need the codes Pennant use, so the "
                           "export speaks their language."),
         ("Sunita Bhatt", "Right. Yes. Okay, I'll get you the pay codes by the fifth."),
         ("Priya Natarajan", "Jas, the pilot names?"),
         ("Jas Sandhu", "I'll pick twenty. I'll get you the names by the thirtieth."),
         ("Priya Natarajan", "Thanks.")]


def _week2(welcome: str) -> list[tuple[str, str]]:
    return [("Priya Natarajan", "Pay codes. Sunita was getting those to Owen by Thursday. Tom, did she say anything?"),
            ("Tom Ashdown", "She said, and I quote, I haven't even opened it. She's not going to make Thursday."),
            ("Jas Sandhu", "I've got the security ones on the wall in my office. Overtime, nights, bank holidays, the "
                           "lot. Why don't I just send them? I can do it Friday."),
            ("Tom Ashdown", welcome),
            ("Jas Sandhu", "Yeah. Friday."),
            ("Priya Natarajan", "Kev, your duty managers' names?")]


def test_an_offer_welcomed_as_off_the_absent_owners_plate_hands_their_work_over(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    jas = owned_after(minilm_extractor, minilm, GATEHOUSE, "Jas Sandhu", date(2026, 10, 27), WEEK1,
                      _week2("Would you? That's one thing off her plate."))
    assert sorted((i.due, "pay codes" in i.text) for i in jas) == [(date(2026, 10, 30), False),
                                                                    (date(2026, 11, 6), True)]


def test_an_offer_only_thanked_for_hands_nothing_over(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    sunita = owned_after(minilm_extractor, minilm, GATEHOUSE, "Sunita Bhatt", date(2026, 10, 27), WEEK1,
                         _week2("Would you? Thanks, Jas."))
    assert [i.due for i in sunita if "pay codes" in i.text] == [date(2026, 11, 5)]


HOTEL = ["Hannah Lister", "Louise Chenoweth", "Bethan Rowe", "Gary Penrose"]


@pytest.mark.parametrize(("speaker", "status"), [
    ("Bethan Rowe", "done"),
    # not the one the names were for
    ("Gary Penrose", "open"),
])
def test_the_one_work_was_for_by_name_saying_they_got_it_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, speaker: str, status: str
) -> None:
    week1 = [("Hannah Lister", "Lou, can you find a few people from reception to try the new tills first?"),
             ("Louise Chenoweth", "I'll have four names to Bethan by Friday."),
             ("Hannah Lister", "Lovely.")]
    week2 = [("Hannah Lister", "Lou, your four guinea pigs?"), (speaker, "I've got them."),
             ("Hannah Lister", "Great. Gary, the cutover plan?")]
    items = owned_after(minilm_extractor, minilm, HOTEL, "Louise Chenoweth", date(2026, 10, 20), week1, week2)
    assert [i.status for i in items] == [status]


WAREHOUSE = ["Nadia Okafor", "Jamie Cole", "Gareth Pryce", "Dev Malhotra"]


@pytest.mark.parametrize(("news", "status"), [
    ("Forty boxes turned up yesterday afternoon.", "done"),
    # another count
    ("Twelve boxes turned up yesterday afternoon.", "open"),
    # a part of them
    ("Only twelve of the forty turned up yesterday afternoon.", "open"),
])
def test_the_count_the_work_was_of_arriving_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, status: str
) -> None:
    week1 = [("Nadia Okafor", "Jamie, the handheld scanners for Kettering?"),
             ("Jamie Cole", "We'll have the forty units on site at Kettering by Wednesday next week."),
             ("Jamie Cole", "And I'll send Dev the MAC addresses for all forty, so they can be allow-listed."),
             ("Nadia Okafor", "Thanks.")]
    week2 = [("Nadia Okafor", "Right, good news first. Gareth, I hear we have scanners?"), ("Gareth Pryce", news),
             ("Nadia Okafor", "Great. Dev, the survey?")]
    items = owned_after(minilm_extractor, minilm, WAREHOUSE, "Jamie Cole", date(2026, 10, 6), week1, week2)
    assert [i.status for i in items if "units" in i.text] == [status]


def test_a_count_of_what_the_work_is_for_is_not_the_work_arriving(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    people = ["Priya Raman", "Gary Holt", "Dean Marsh"]
    week1 = [("Priya Raman", "Gary, we need the vehicle details before the trackers go in."),
             ("Gary Holt", "I'll get you the VIN list for the forty by Friday."), ("Priya Raman", "Thanks.")]
    week2 = [("Priya Raman", "Dean, the vans?"), ("Dean Marsh", "All forty delivered Thursday."),
             ("Priya Raman", "Great.")]
    items = owned_after(minilm_extractor, minilm, people, "Gary Holt", date(2026, 10, 6), week1, week2)
    assert [i.status for i in items] == ["open"]
