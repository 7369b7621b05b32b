"""Which item a statement is about, within a meeting and across weekly calls: recap lines restate items piece by
piece, work stated as someone's and taken on by them is a new item, and a new promise in a progress report (or for
newly handed work) is not a new date for the owner's other item (ingest.extraction.offline, assistant.tracking,
ingest.extraction.followup)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, FactBase, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Nora Quinn", "Kofi Adu", "Lena Park", "Marco Bell", "Ravi Shah"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 10, 5)  # a Monday; the second call is Monday the 12th


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


def open_items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    fs = extractor.extract(meeting_context(turns, PEOPLE, WEEK1))
    return [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open"]


def test_a_recap_line_of_two_pieces_of_work_folds_each_piece_into_the_item_it_restates(
    extractor: OfflineExtractor,
) -> None:
    found = open_items(extractor, [
        ("Kofi Adu", "The landlord still hasn't replied. I'll chase the landlord again today."),
        ("Nora Quinn", "Thanks. I'll also need the floor plans for the second site."),
        ("Kofi Adu", "Leave it with me, you'll have the plans by Friday."),
        ("Nora Quinn", "Okay, quick recap. Kofi, chase the landlord today and the floor plans Friday."),
    ])
    kofi = sorted((i for i in found if i.owner == "Kofi Adu"), key=lambda i: i.evidence[0].segment_id)
    assert [i.due for i in kofi] == [WEEK1, date(2026, 10, 9)]  # two items, none made of the recap line
    assert [[e.segment_id for e in i.evidence] for i in kofi] == [[0, 3], [2, 3]]


def test_a_recap_piece_that_restates_nothing_said_in_the_meeting_is_its_own_item_with_its_own_date(
    extractor: OfflineExtractor,
) -> None:
    found = open_items(extractor, [
        ("Nora Quinn", "Right, recap. Ravi, order the feed licences the 14th, and the ship-confirm spec Friday."),
        ("Ravi Shah", "Yep."),
    ])
    by_due = {i.due: i for i in found if i.owner == "Ravi Shah"}
    assert set(by_due) == {date(2026, 10, 14), date(2026, 10, 9)}
    assert "ship-confirm" in by_due[date(2026, 10, 9)].text and "ship" not in by_due[date(2026, 10, 14)].text


@pytest.mark.parametrize("recap", [
    "Ha. Right. Recap. Lena, the mapping this week. Denise, test company by the 9th, via Kofi.",
    "So, recap. Denise, test company on the 9th, through Kofi. Me, the plan today.",
])
def test_a_recap_line_naming_someone_off_the_call_folds_into_their_item_with_what_follows_the_date(
    extractor: OfflineExtractor, recap: str
) -> None:
    found = open_items(extractor, [
        ("Lena Park", "So, the finance side. I can't test the finance link until there's a test company in your "
                      "finance system."),
        ("Kofi Adu", "That's Denise's team, finance. Denise is going to set up the test company by the 9th, she told "
                     "me yesterday."),
        ("Nora Quinn", recap),
        ("Marco Bell", "Yep."),
    ])
    [denise] = [i for i in found if "test company" in i.text or i.owner == "Denise" or i.owner is None]
    assert denise.owner == "Denise" and denise.due == date(2026, 10, 9)  # one item: the recap is no item of its own


def test_work_stated_as_an_attendees_and_taken_on_in_their_reply_is_their_item_dated_by_the_reply(
    extractor: OfflineExtractor,
) -> None:
    found = open_items(extractor, [
        ("Nora Quinn", "Lena's also going to send Marco the red line drawings for the old sites."),
        ("Lena Park", "Yep. I'll have them over by Thursday."),
        ("Marco Bell", "Brilliant."),
    ])
    [item] = found
    assert item.owner == "Lena Park" and item.due == date(2026, 10, 8) and "red line drawings" in item.text


def test_a_promise_about_what_a_progress_report_found_is_a_new_item_and_the_report_closes_the_old_one(
    track: Callable[..., list[FactBase]],
) -> None:
    facts = track(
        [("Marco Bell", "I'll do a trial load of the archive records by Thursday.")],
        [("Nora Quinn", "Marco, the archive trial load?"),
         ("Marco Bell", "Went through Tuesday night. Nine hundred records, and six failed on the date format. "
                        "I'll have those six fixed by Friday.")],
    )
    load = next(i for i in items(facts) if "trial load" in i.text)
    fixes = next(i for i in items(facts) if "six" in i.text)
    assert [e.event for e in load.history] == ["created", "done"]
    assert fixes.status == "open" and fixes.due == date(2026, 10, 16)


def test_a_date_for_newly_handed_work_and_a_date_said_to_stand_move_none_of_the_owners_other_items(
    track: Callable[..., list[FactBase]],
) -> None:
    facts = track(
        [("Lena Park", "I'll get the updated boundaries published by the 16th."),
         ("Ravi Shah", "We'll have the order feed into your test box by the 23rd."),
         ("Ravi Shah", "And I'll send you the ship-confirm spec by Friday.")],
        [("Nora Quinn", "Lena's also going to send Marco the site boundary shapefile for the old cases."),
         ("Lena Park", "Yep. I'll have it over by Tuesday."),
         ("Nora Quinn", "And the order feed, Ravi, still the 23rd?"),
         ("Ravi Shah", "Still the 23rd.")],
    )
    boundaries = next(i for i in items(facts) if "published" in i.text)
    feed = next(i for i in items(facts) if "order feed" in i.text)
    assert boundaries.status == "open" and boundaries.due == date(2026, 10, 16)
    spec = next(i for i in items(facts) if "ship-confirm" in i.text)
    assert feed.status == "open" and feed.due == date(2026, 10, 23)
    assert spec.status == "open" and spec.due == date(2026, 10, 9)  # "Still the 23rd" is the feed's date
    shapefile = next(i for i in items(facts) if "shapefile" in i.text)
    assert shapefile.owner == "Lena Park" and shapefile.due == date(2026, 10, 13)


def test_a_report_of_what_a_dated_promise_waits_on_closes_the_item_for_that_thing_not_the_promise(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Ravi, can you send the decryption key across today?"),
         ("Ravi Shah", "Yes, will do."),
         ("Nora Quinn", "And once the key's here, how quickly can you run the trial load?"),
         ("Kofi Adu", "If the key comes tomorrow, I'll have the trial load run and the recon numbers out by Friday.")],
        [("Nora Quinn", "Kofi, where are we?"),
         ("Kofi Adu", "Key came through Thursday, Ravi sorted it. The trial load is running now.")],
    )
    by_owner = {i.owner: i for i in items(facts)}
    assert by_owner["Ravi Shah"].status == "done"
    assert by_owner["Kofi Adu"].status != "done"
