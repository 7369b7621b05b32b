"""Commitments missed on their first mention: a first-person promise hidden by an aside, a trailing condition or a
day said on its own, a promise relayed for someone not on the call, and a wait said with "can't" that is nobody's
commitment."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction import rules
from ingest.extraction.dates import due_date, find_date_phrase
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

MON = date(2024, 6, 24)
PEOPLE = [
    Person(name="Mark Ellis", side="vendor", role="project manager"),
    Person(name="Priya Nair", side="vendor"),
    Person(name="Anna Berg", side="customer"),
]


def items_said_by_priya(extractor: OfflineExtractor, text: str) -> list[ActionItem]:
    """Action items of a three-turn call whose middle turn is Priya's."""
    fs = extractor.extract(meeting_context([("Mark Ellis", "Morning everyone, let's get going."), ("Priya Nair", text),
                                            ("Anna Berg", "Thanks, that works.")], PEOPLE, MON))
    return [f for f in fs.facts if isinstance(f, ActionItem)]


@pytest.mark.parametrize("sentence", [
    "I'll ring their account manager tomorrow and see if we can't speed it up.",
    "Yeah, I'll sort you a VPN account.",
    "I'll get you the figures for both sites.",
    "I'll come back to you after the branch meeting, that's the fifth.",
    "I'll get back to Ken by Friday on the licences.",
    "I'll turn them round this week, no problem.",
    "I'll turn the comments around by Wednesday.",
    "I'll drop the union reps a line myself this week.",
    "I'll drop the site managers a note tomorrow.",
])
def test_a_promise_with_an_idiom_a_listener_it_is_for_or_a_reply_with_its_time_is_a_first_person_commitment(
    sentence: str
) -> None:
    assert rules.self_commitment(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "I'll give you a quick briefing on what that means.",
    "I will assign you the task for the next part of the meeting.",
    "I'll come back to that later.",
    "I'll turn it round to face you.",
    "We can't speed it up.",
])
def test_meeting_talk_a_bare_come_back_and_a_refusal_stay_no_first_person_commitment(sentence: str) -> None:
    assert rules.self_commitment(sentence) is None


@pytest.mark.parametrize("sentence", [
    "I'll do the retest and sign the pen test off by the eleventh, if the fixes come quick.",
    "So I'll send the mapping template over Thursday, and if your team can mark up what's live, that's all I need.",
    "We'll have the units fitted by Friday, if the supplier delivers on time.",
])
def test_a_dated_promise_followed_by_another_partys_step_is_not_conditional(sentence: str) -> None:
    assert not rules.has_condition(sentence)
    assert rules.commitment(sentence)


@pytest.mark.parametrize("sentence", [
    "I'll send it Friday if you want.",
    "I'll send the deck on Friday, if the supplier wants it.",
    "I'll send the deck if I get time.",
])
def test_a_promise_on_the_listeners_or_the_speakers_own_terms_or_a_wish_stays_conditional(sentence: str) -> None:
    assert rules.has_condition(sentence)


def test_a_spoken_day_of_the_month_after_on_is_a_date_even_mid_sentence() -> None:
    sentence = "I'll take it to the staff side meeting on the twenty-ninth and come back to you."
    assert find_date_phrase(sentence) == "the twenty-ninth"
    assert due_date(sentence, MON) == date(2024, 6, 29)
    assert find_date_phrase("The printers are on the fifth floor and the sixth floor.") is None


@pytest.mark.parametrize("text,due", [
    ("Yeah. I'll try and look at the templates on my day off. Thursday.", date(2024, 6, 27)),
    ("Okay, then I'll get a dedicated profile built for them. That's going to take me to, um, the 28th I'd say.",
     date(2024, 6, 28)),
])
def test_a_day_said_on_its_own_after_a_first_person_promise_is_its_due_date(
    extractor: OfflineExtractor, text: str, due: date
) -> None:
    [item] = items_said_by_priya(extractor, text)
    assert (item.owner, item.due) == ("Priya Nair", due)


@pytest.mark.parametrize("text,owner,due,work", [
    ("It needs Gillian's signature though, it's over her limit. I sent it to her Friday. She said she'll sign it "
     "by Friday.", "Gillian", date(2024, 6, 28), "sign"),
    ("I spoke to Tomas yesterday. He said he'd send the extract on Thursday.", "Tomas", date(2024, 6, 27), "extract"),
    ("And Gordon's going to sign the safety case off by the 6th, he's said.", "Gordon", date(2024, 7, 6),
     "safety case"),
    ("Raj reckons he can have the extract over by Tuesday.", "Raj", date(2024, 6, 25), "extract"),
    ("Marta's told me she'll do the letters next week.", "Marta", date(2024, 7, 5), "letters"),
])
def test_a_dated_promise_relayed_for_someone_not_on_the_call_is_theirs(
    extractor: OfflineExtractor, text: str, owner: str, due: date, work: str
) -> None:
    [item] = items_said_by_priya(extractor, text)
    assert (item.owner, item.due) == (owner, due)
    assert work in item.text


@pytest.mark.parametrize("text", [
    "She said she'll try to join on Friday.",
    "She said she'll sign it by Friday.",  # no one named before: whose promise is not said
    "Raj reckons he can help.",
    "Wendy's validation report came back on the 4th, like she said.",
])
def test_a_relayed_attendance_an_unresolved_pronoun_an_undated_offer_or_a_past_report_is_no_commitment(
    extractor: OfflineExtractor, text: str
) -> None:
    assert items_said_by_priya(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Mark, the big one for you is the test code list. Anna can't build the catalogue without it.",
    "With the test channel not up till the 27th, Anna can't test results until December.",
])
def test_a_named_person_who_cant_work_without_something_has_no_item(extractor: OfflineExtractor, text: str) -> None:
    assert [i for i in items_said_by_priya(extractor, text) if "can't" in i.text] == []


@pytest.mark.parametrize("text", [
    "It's a faulty head unit. We'll swap the faulty unit in the DAF by Friday.",
    "The data quality report, duplicates, missing IDs, that sort of thing, we'll have that to you by Friday.",
])
def test_a_we_promise_of_a_thing_by_a_deadline_is_the_speakers_teams_item(extractor: OfflineExtractor,
                                                                          text: str) -> None:
    [item] = items_said_by_priya(extractor, text)
    assert (item.owner, item.due) == ("Priya Nair", date(2024, 6, 28))


@pytest.mark.parametrize("text", [
    "We'll revisit it next week.",
    "We'll do these every Tuesday at ten.",
    "We'll see the results by Friday.",
])
def test_a_we_plan_without_a_thing_due_by_a_deadline_is_no_item(extractor: OfflineExtractor, text: str) -> None:
    assert items_said_by_priya(extractor, text) == []


@pytest.mark.parametrize("text,due", [
    ("So the GL mapping's unblocked, I've started it, it should be done by Thursday.", date(2024, 6, 27)),
    ("The A10s need Android 11. I've got a compatibility build in progress, it'll be ready by the 28th.",
     date(2024, 6, 28)),
    ("I'm halfway through the test scripts, they'll be ready Tuesday.", date(2024, 6, 25)),
])
def test_the_speakers_work_in_hand_with_when_it_will_be_done_is_their_dated_item(
    extractor: OfflineExtractor, text: str, due: date
) -> None:
    [item] = items_said_by_priya(extractor, text)
    assert (item.owner, item.due, item.status) == ("Priya Nair", due, "open")


@pytest.mark.parametrize("text", [
    "I've started it, it should be done.",
    "I've started the migration, it was done by Thursday.",
])
def test_work_in_hand_without_a_day_it_ends_or_already_finished_is_no_open_item(extractor: OfflineExtractor,
                                                                                 text: str) -> None:
    assert [i for i in items_said_by_priya(extractor, text) if i.status == "open"] == []


def test_work_in_hand_after_a_blocker_lifted_keeps_the_lift(extractor: OfflineExtractor) -> None:
    fs = extractor.extract(meeting_context([
        ("Mark Ellis", "Morning everyone, let's get going."),
        ("Priya Nair", "So the GL mapping's unblocked, I've started it, it should be done by Thursday."),
        ("Anna Berg", "Thanks, that works.")], PEOPLE, MON))
    assert [f.evidence[0].quote for f in fs.facts if isinstance(f, ActionItem)] == [
        "I've started it, it should be done by Thursday."]
    assert any(f.kind == "blocker" and f.status == "resolved" for f in fs.facts)
