"""Readings the blind pair dunmore and quenby found wrong, after it was scored blind. Plain promises with no date
are promises: "I'll write you a one-pager on how it behaves with no signal", "I'll find out what they need from
us", "I'll put together a one-page summary for you, Graham", "I'll give him a ring", "I'll ring Kestrel after this"
(note-taking, "I'll write that down", is still not one). Work done years ago ("I did the Arkwell link for an
association in Wakefield a couple of years back") closes nothing. "Our support team will sort you out an SFTP login"
is the team's. "A week on Monday" said on a Wednesday is the Monday after next,
and "Tuesday night next week" is next week's Tuesday."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, in_room, of, weekly_tracker

WED = date(2026, 10, 7)
PEOPLE = [Person(name="Fiona Hale", side="vendor"), Person(name="Callum Reid", side="vendor"),
          Person(name="Pete Oduya", side="customer"), Person(name="Graham Whitlock", side="customer")]


@pytest.mark.parametrize("said", [
    "I'll write you a one-pager on how it behaves with no signal, so you can show the lads.",
    "I'll find out what they need from us to get an app pushed out.",
    "I'll put together a one-page summary for you, Ruth.",
    "Leave that with me. I'll give him a ring and make sure someone's actually on it.",
    "I'll ring Kestrel after this and get their engineer in.",
])
def test_a_promise_with_no_date_is_still_a_promise(extractor: OfflineExtractor, said: str) -> None:
    items = of(in_room(extractor, [("Ruth Okoye", "Right, next one."), ("Felix Brandt", said),
                                   ("Ruth Okoye", "Thanks.")]), ActionItem)
    assert [(a.owner, a.status) for a in items] == [("Felix Brandt", "open")]


@pytest.mark.parametrize("said", ["I'll write that down.", "I'll write it on the board for us."])
def test_writing_in_the_meeting_is_no_promise(extractor: OfflineExtractor, said: str) -> None:
    assert not of(in_room(extractor, [("Ruth Okoye", "Right, next one."), ("Felix Brandt", said),
                                      ("Ruth Okoye", "Thanks.")]), ActionItem)


SPEC = [("Fiona Hale", "Callum, the interface?"),
        ("Callum Reid", "I'll send the interface spec over to Arkwell first thing tomorrow."),
        ("Fiona Hale", "Great.")]


@pytest.mark.parametrize(("said", "status"), [
    ("I did the Arkwell link for an association in Wakefield a couple of years back, and it was exactly the same.",
     "open"),
    ("I sent the interface spec over to Arkwell on Thursday.", "done"),
])
def test_work_done_years_ago_closes_nothing(minilm_extractor: OfflineExtractor, minilm: Any, said: str,
                                            status: str) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(SPEC, [
        ("Fiona Hale", "Arkwell, then."), ("Callum Reid", said), ("Fiona Hale", "Okay.")])
    [item] = action_items(facts)
    assert item.status == status


def test_a_team_that_will_sort_you_out_something_owns_it(extractor: OfflineExtractor) -> None:
    items = of(in_room(extractor, [("Ruth Okoye", "Where's my SFTP, though?"),
                                   ("Felix Brandt", "Our support team will sort you out an SFTP login. They're usually "
                                                    "quick, it's a form and a password."),
                                   ("Ruth Okoye", "Good.")]), ActionItem)
    assert [a.owner for a in items] == ["support team"]


@pytest.mark.parametrize(("said", "due"), [
    ("I'll have a draft with Sue a week on Monday.", date(2026, 11, 9)),  # said on a Wednesday
    ("I'll have it done a week on Friday.", date(2026, 11, 6)),
    ("I'll have my team leaders try it on Monday and Tuesday night next week.", date(2026, 11, 3)),
    ("Tuesday night next week, then.", date(2026, 11, 3)),
    ("I'll do it next Tuesday.", date(2026, 11, 3)),  # (unchanged)
])
def test_a_week_on_a_weekday_and_a_weekday_night_next_week_are_read_as_said(said: str, due: date) -> None:
    from ingest.extraction.dates import due_date

    assert due_date(said, date(2026, 10, 28)) == due


@pytest.mark.parametrize(("said", "experience"), [
    ("I've done it that way plenty of times.", True),
    ("I've done write-back to Arkwell three times now, it's always the same.", True),
    ("We did this at my last place.", True),
    ("I did it three times over the weekend to be sure.", False),
    ("I sent it a week ago.", False),
])
def test_experience_is_told_apart_from_work_done(said: str, experience: bool) -> None:
    from ingest.extraction import rules
    from ingest.extraction.followup import done_report

    assert bool(rules.PAST_EXPERIENCE.search(said)) == experience
    assert (done_report(said) is None) == experience


def test_a_report_taken_back_at_once_closes_nothing_and_the_new_promise_moves_the_item(
        minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(
        [("Fiona Hale", "Graham, the contractor agreement needs your signature."),
         ("Graham Whitlock", "I'll sign the contractor agreement by Friday."), ("Fiona Hale", "Thanks.")],
        [("Fiona Hale", "Graham, the agreement?"),
         ("Graham Whitlock", "It's signed. No, it isn't. It's in the bag. I'll sign it tonight, Fiona. Hand on heart."),
         ("Fiona Hale", "Okay.")])
    [item] = action_items(facts)
    assert (item.status, item.due) == ("slipped", date(2026, 10, 14))


def test_a_promise_made_whatever_it_takes_is_no_condition(extractor: OfflineExtractor) -> None:
    items = of(in_room(extractor, [("Ruth Okoye", "Martin?"),
                                   ("Felix Brandt", "I'll get Martin from Arkwell on next week's call if I have to drive "
                                                    "to Leeds and carry him."), ("Ruth Okoye", "Okay.")]), ActionItem)
    assert [a.owner for a in items] == ["Felix Brandt"]


@pytest.mark.parametrize("summary", ["The eleventh of January for everything, then.",
                                     "Everyone moves on the eleventh of January, then."])
def test_the_sponsor_owning_the_choice_said_back_makes_it_a_decision(extractor: OfflineExtractor,
                                                                     summary: str) -> None:
    from assistant.models import Decision

    decisions = of(in_room(extractor, [("Pavel Novak", "Happy enough."), ("Imogen Hart", summary),
                                       ("Ruth Okoye", "That's my decision, and I'll own it."),
                                       ("Imogen Hart", "Ruth, while I've got you.")]), Decision)
    assert [d.text for d in decisions] == [summary]


@pytest.mark.parametrize(("said", "status"), [
    ("I'm not promising anything until Kerry's back, so let's park the portal for this week.", "open"),
    ("I'm not promising anything until Kerry's back, so let's park the portal.", "dropped"),
])
def test_work_parked_for_a_week_is_not_dropped(minilm_extractor: OfflineExtractor, minilm: Any, said: str,
                                               status: str) -> None:
    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, WED)(
        [("Fiona Hale", "Callum, the contractor portal?"),
         ("Callum Reid", "I'll have the contractor portal set up for Brennan's by Friday week."),
         ("Fiona Hale", "Thanks.")],
        [("Fiona Hale", "The portal, then."), ("Graham Whitlock", said), ("Fiona Hale", "Okay.")])
    [item] = action_items(facts)
    assert item.status == status


@pytest.mark.parametrize(("said", "promised"), [
    ("Oh sure, and while I'm at it I'll sort out the pension regulations too.", False),
    ("And while I'm at it I'll sort out the pension regulations by Friday.", True),
])
def test_a_promise_mocked_while_at_it_is_no_promise(extractor: OfflineExtractor, said: str, promised: bool) -> None:
    items = of(in_room(extractor, [("Ruth Okoye", "Felix, the pension feed too?"), ("Felix Brandt", said),
                                   ("Ruth Okoye", "Fair.")]), ActionItem)
    assert bool(items) == promised
