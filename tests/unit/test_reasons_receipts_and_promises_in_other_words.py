"""Words that are not the work, and work said in other words: why an item is wanted ("because half of them are on
nights") is not what it is about, so another item's news does not close it and "I'll have the rest Friday" moves it;
"them" received is what the sentence before named; a promise taking on a question in its own words is the item's
text, so the later report in those words closes it; an event said to have been on a past day was held, and so was one
asked how it went and not said to have been called off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Ines Duarte", "Omar Haddad", "Juno Abara", "Fiona Marsh", "Sam Okafor"]
PEOPLE = [Person(name=n) for n in NAMES]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 3, 2))


def test_why_the_work_is_wanted_is_not_the_work_another_item_is_done_in(track) -> None:
    week1 = [("Ines Duarte", "Who do we pilot with? Twenty officers would be plenty. Mixed shifts, a few on nights."),
             ("Juno Abara", "I'll pick twenty. I'll get you the names by Friday, because half of them are on "
                            "nights this week and I want to ask them."),
             ("Ines Duarte", "And the night break, Omar?"),
             ("Omar Haddad", "I'll fix the night break so it's paid on the twelve-hour nights by next Friday.")]
    week2 = [("Ines Duarte", "Juno, the nights?"),
             ("Juno Abara", "The breaks are right now. Paid on nights, unpaid on days, like it's always been. "
                            "Thank you, Omar."),
             ("Ines Duarte", "Great. Juno, the pilot names?"),
             ("Juno Abara", "I've got fourteen. The others are on nights and I haven't caught them yet. "
                            "I'll have the rest Friday.")]
    facts = track(week1, week2)
    names = next(i for i in items(facts) if "names" in i.text and i.meeting_id == "w1")
    assert names.status == "slipped" and names.due == date(2026, 3, 13)
    assert [i.status for i in items(facts) if "night break" in i.text] == ["done"]
    assert not [i for i in items(facts) if i.text.startswith("I'll have the rest")]  # the rest is the same item


@pytest.mark.parametrize(("report", "status"), [
    ("The BSA credentials, that was me. We got them on Friday, so the interface team are in the test system now.",
     "done"),
    ("The BSA credentials, that was me. We still haven't got them.", "open"),
])
def test_them_received_is_what_the_sentence_before_named(track, report: str, status: str) -> None:
    week1 = [("Omar Haddad", "We can't test claims without the BSA test credentials."),
             ("Ines Duarte", "I'll chase the BSA for the test credentials this week.")]
    week2 = [("Omar Haddad", "Kit's on order. I'll have the access points in at all three pilots by Friday the 13th."),
             ("Ines Duarte", "Lovely, that's ten days before go-live."),
             ("Omar Haddad", "Tight, but fine."),
             ("Ines Duarte", report)]
    assert [i.status for i in items(track(week1, week2)) if "BSA" in i.text] == [status]



ASKED = [("Fiona Marsh", "Agreed. Before I put my name on it, though, can someone tell me in writing where the "
                         "recordings physically sit? Which data centres?"),
         ("Sam Okafor", "Yep, I'll send you the data residency statement tomorrow. It's UK South and UK West, but "
                        "you'll want it on paper.")]


def test_a_promise_taking_on_a_question_in_its_own_words_is_the_items_text(minilm_extractor: OfflineExtractor) -> None:
    [item] = items(minilm_extractor.extract(meeting_context(ASKED, PEOPLE, date(2026, 3, 2))).facts)
    assert item.owner == "Sam Okafor" and "residency statement" in item.text
    assert {e.speaker for e in item.evidence} == {"Fiona Marsh", "Sam Okafor"}  # the question stays evidence


def test_the_report_in_the_promises_words_closes_it(track) -> None:
    week2 = [("Ines Duarte", "Fiona, anything from you?"),
             ("Fiona Marsh", "I signed off the retention schedule on Monday. And Sam sent me the residency statement "
                             "on Friday, which was what I needed.")]
    assert [(i.owner, i.status) for i in items(track(ASKED, week2)) if i.meeting_id == "w1"] == [("Sam Okafor", "done")]


@pytest.mark.parametrize(("reply", "status"), [
    ("Yeah, the works council session was last Thursday. Went well, nobody threw anything.", "done"),
    ("The works council session was on Monday but nobody came, so we're rebooking.", "open"),
    ("The works council session is next Thursday, all booked.", "open"),
])
def test_an_event_said_to_have_been_on_a_past_day_was_held(track, reply: str, status: str) -> None:
    week1 = [("Ines Duarte", "The works council want a briefing before the pilot."),
             ("Ines Duarte", "I'll set up the works council session, first week of November.")]
    week2 = [("Ines Duarte", "And Omar, the works council?"), ("Omar Haddad", reply)]
    assert [i.status for i in items(track(week1, week2)) if "works council session" in i.text and
            i.meeting_id == "w1"] == [status]


@pytest.mark.parametrize(("reply", "status"), [
    (("Juno Abara", "Oh, it was brilliant. I never thought I'd say that about a timetabler."), "done"),
    (("Omar Haddad", "It went well, they want a second one."), "done"),
    (("Omar Haddad", "It didn't happen in the end, the room was double-booked."), "open"),
])
def test_asked_how_an_event_went_the_answer_says_it_was_held(track, reply: tuple[str, str], status: str) -> None:
    week1 = [("Ines Duarte", "Omar, what's on your plate?"),
             ("Omar Haddad", "I'm the data consultant, so I'll be building the timetables for all six schools."),
             ("Ines Duarte", "And can you take the timetablers through the build?"),
             ("Omar Haddad", "I'll run a workshop for the timetablers, Tuesday the 10th, at Millbrook if Juno can host.")]
    week2 = [("Ines Duarte", "And Omar, the timetable workshop, how did it go?"), reply]
    assert [i.status for i in items(track(week1, week2)) if "workshop" in i.text and i.meeting_id == "w1"] == [status]


def test_a_way_of_doing_the_asked_work_said_first_leaves_the_request_the_item(
        minilm_extractor: OfflineExtractor) -> None:
    turns = [("Ines Duarte", "She can sign under delegated authority. Could you raise it with her?"),
             ("Juno Abara", "Yeah, I'll see Lorraine at the matrons' huddle on Thursday. I'll raise it with her face "
                            "to face, it's quicker than email.")]
    got = items(minilm_extractor.extract(meeting_context(turns, PEOPLE, date(2026, 3, 2))).facts)
    # the raising, due the Thursday of the huddle, not an item about seeing Lorraine
    assert [(i.text, i.due) for i in got if i.due] == [("Could you raise it with her?", date(2026, 3, 5))]
