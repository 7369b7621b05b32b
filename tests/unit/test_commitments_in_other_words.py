"""Which sentences are commitments, found blind by two audits: promises made without "I'll" (booked in for a date,
a delivery promised to arrive, a team's "'ll", work said to be someone's and taken on by them) or with a verb read
as small talk ("have a word with"), and what only sounds like one (the floor handed over, a promise once made,
who comes to the meeting, a role in an introduction, a request taken back)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

MON = date(2026, 10, 5)
PEOPLE = [
    Person(name="Priya Raman", side="vendor", role="project manager"),
    Person(name="Carys Pugh", side="vendor"),
    Person(name="Declan Byrne", side="vendor"),
    Person(name="Shona Kerr", side="customer"),
    Person(name="Bryony Cartwright", side="customer"),
    Person(name="Amrit Sandhu", side="customer"),
]


def items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    fs = extractor.extract(meeting_context(turns, PEOPLE, MON))
    return [f for f in fs.facts if isinstance(f, ActionItem)]


def said_by_carys(extractor: OfflineExtractor, sentence: str) -> list[ActionItem]:
    """Items of a three-turn call whose middle turn is Carys's answer to the PM's prompt."""
    return items(extractor, [("Priya Raman", "Carys, the scanners?"), ("Carys Pugh", sentence),
                             ("Shona Kerr", "Okay, thanks.")])


@pytest.mark.parametrize(("sentence", "due"), [
    ("So I'm, uh, I'm pencilled in for the survey on Wednesday the 14th.", date(2026, 10, 14)),
    ("I've been booked in to run the fire drill on Friday.", date(2026, 10, 9)),
    ("I'm scheduled for the site visit on the 20th.", date(2026, 10, 20)),
])
def test_being_booked_in_for_work_on_a_date_is_the_speakers_dated_item(
    extractor: OfflineExtractor, sentence: str, due: date
) -> None:
    [item] = said_by_carys(extractor, sentence)
    assert (item.owner, item.due, item.status) == ("Carys Pugh", due, "open")


@pytest.mark.parametrize("sentence", [
    "The forty units will be with Shona by the 16th.",
    "The signed order form will be in your inbox by the 16th.",
    "So those scanners will all be with you by the 16th.",
])
def test_a_delivery_promised_to_arrive_with_someone_by_a_date_is_the_speakers(
    extractor: OfflineExtractor, sentence: str
) -> None:
    [item] = said_by_carys(extractor, sentence)
    assert (item.owner, item.due) == ("Carys Pugh", date(2026, 10, 16))


@pytest.mark.parametrize("sentence", [
    "Our team'll set kiosk mode on all forty by Wednesday.",
    "And my team will lock the handhelds down by Wednesday.",
])
def test_the_speakers_team_with_any_verb_and_a_date_is_the_speakers_item(
    extractor: OfflineExtractor, sentence: str
) -> None:
    [item] = said_by_carys(extractor, sentence)
    assert (item.owner, item.due) == ("Carys Pugh", date(2026, 10, 7))


@pytest.mark.parametrize("sentence", [
    "I'll have a word with the union rep this week about the scanner tracking thing.",
    "I'll drop him a note this week so he's not surprised.",
    "I'll sit down with her on Wednesday and get it signed.",
])
def test_a_conversation_or_a_note_promised_to_someone_outside_is_a_commitment(
    extractor: OfflineExtractor, sentence: str
) -> None:
    [item] = said_by_carys(extractor, sentence)
    assert item.owner == "Carys Pugh" and item.due is not None


def test_work_said_to_be_someones_and_taken_on_by_them_after_asking_back_is_theirs_with_their_date(
    extractor: OfflineExtractor,
) -> None:
    [item] = items(extractor, [
        ("Amrit Sandhu", "Bryony's going to pick out twenty awkward cases for testing."),
        ("Bryony Cartwright", "Am I?"),
        ("Amrit Sandhu", "You know where the bodies are buried."),
        ("Bryony Cartwright", "Fine. Twenty. Friday week."),
        ("Priya Raman", "Friday the 16th, perfect."),
    ])
    assert (item.owner, item.due) == ("Bryony Cartwright", date(2026, 10, 16))
    assert "twenty awkward cases" in item.text


@pytest.mark.parametrize(("handed", "reply", "due"), [
    ("And Shona will ring round the depot managers, won't you, Shona.", "Will I? Oh. Okay, yes, by Friday then.",
     date(2026, 10, 9)),
    ("Shona's going to ring round the depot managers.", "Am I? Um. Okay. Yes. Fine. Give me till the 14th.",
     date(2026, 10, 14)),
])
def test_work_put_on_someone_who_asks_it_back_then_says_yes_in_the_same_reply_is_theirs_with_their_date(
    extractor: OfflineExtractor, handed: str, reply: str, due: date
) -> None:
    [item] = items(extractor, [("Amrit Sandhu", handed), ("Shona Kerr", reply), ("Priya Raman", "Lovely.")])
    assert (item.owner, item.due) == ("Shona Kerr", due)


@pytest.mark.parametrize("reply", ["Will I.", "Am I now?"])
def test_work_put_on_someone_who_only_asks_it_back_is_nobodys_item(extractor: OfflineExtractor, reply: str) -> None:
    found = items(extractor, [
        ("Amrit Sandhu", "Right, I have to drop. And Shona will get all the depot managers on board with the new rota, "
                         "won't you, Shona."),
        ("Shona Kerr", reply),
        ("Priya Raman", "Okay. Moving on, the scanners."),
    ])
    assert not [i for i in found if i.owner == "Shona Kerr"]


def test_a_date_checked_for_someones_work_and_agreed_by_them_is_their_item(extractor: OfflineExtractor) -> None:
    [item] = items(extractor, [
        ("Priya Raman", "And Carys's doing the scanner refresh after the full load, so, the 27th?"),
        ("Carys Pugh", "Yeah, the 27th is fine. As long as the load's done Monday."),
        ("Shona Kerr", "Great."),
    ])
    assert (item.owner, item.due) == ("Carys Pugh", date(2026, 10, 27))


def test_work_said_to_be_someones_and_turned_down_by_them_is_not_theirs(extractor: OfflineExtractor) -> None:
    found = items(extractor, [
        ("Amrit Sandhu", "Bryony's going to pick out twenty awkward cases for testing."),
        ("Bryony Cartwright", "No, I can't, not this month."),
        ("Priya Raman", "Okay."),
    ])
    assert not [i for i in found if i.owner == "Bryony Cartwright" and not i.conditional]


@pytest.mark.parametrize("turns", [
    # the floor handed over for an agenda point, taken with a bare yes
    [("Priya Raman", "Okay, GIS. Carys, Declan, do you want to take this one?"), ("Carys Pugh", "Sure."),
     ("Carys Pugh", "So the constraint layers are all in our GIS already.")],
    [("Priya Raman", "Shona, you wanted to raise the freeze?"), ("Shona Kerr", "Yes."),
     ("Shona Kerr", "The old system needs to go read-only a week before go-live.")],
    # a promise once made, told as background
    [("Shona Kerr", "I did rather promise members the whole thing this calendar year."), ("Priya Raman", "Understood.")],
    # who comes to the meeting from now on
    [("Shona Kerr", "And two, from next week I'm going to send Kieran Doyle in my place."), ("Priya Raman", "Noted.")],
    # a role described in an introduction
    [("Priya Raman", "Quick round of names?"),
     ("Carys Pugh", "Carys Pugh, integration lead on the vendor side. I'll be doing the ERP interfaces and the device "
                    "config with Declan."), ("Declan Byrne", "Declan Byrne, network engineer.")],
    # a request taken back after a sarcastic yes
    [("Priya Raman", "Shona, could you also pull together a list of the pick faces that changed since the re-slot?"),
     ("Shona Kerr", "Oh yeah, I'll do it on my lunch break. The one I don't get."),
     ("Priya Raman", "Okay, okay, point taken. Forget I asked, we'll find another way to get it.")],
])
def test_talk_that_only_sounds_like_a_commitment_is_not_an_item(
    extractor: OfflineExtractor, turns: list[tuple[str, str]]
) -> None:
    assert items(extractor, turns) == []


def test_a_request_answered_with_a_mocking_yes_and_not_taken_back_is_still_handed_over(
    extractor: OfflineExtractor,
) -> None:
    [item] = items(extractor, [
        ("Priya Raman", "Shona, could you also pull together a list of the pick faces that changed since the re-slot?"),
        ("Shona Kerr", "Oh yeah, I'll do it on my lunch break. The one I don't get."),
        ("Priya Raman", "Thanks Shona, by Friday would be great."),
    ])
    assert item.owner == "Shona Kerr"


def test_an_if_that_asks_whether_does_not_make_a_dated_promise_conditional(extractor: OfflineExtractor) -> None:
    [item] = said_by_carys(extractor, "I'll send your finance team the settlement file spec by Tuesday, and they can "
                                      "tell us if it works.")
    assert (item.owner, item.due, item.conditional) == ("Carys Pugh", date(2026, 10, 6), False)


@pytest.mark.parametrize("sentence", [
    "Someone in your finance team will want the settlement file, the daily reconciliation.",
    "The web team will need to be involved anyway, for the apply-online pages.",
])
def test_what_someone_can_accept_wants_or_must_be_part_of_is_not_a_promise(
    extractor: OfflineExtractor, sentence: str
) -> None:
    assert said_by_carys(extractor, sentence) == []


def test_a_state_the_speaker_can_work_with_is_not_work_to_do(minilm_extractor: OfflineExtractor) -> None:
    fs = minilm_extractor.extract(meeting_context([
        ("Carys Pugh", "Just, um, the item master. The zero-height items, Declan, any news?"),
        ("Declan Byrne", "They fixed most of them. There's forty-odd left that are genuinely, like, bags of salad. Floppy."),
        ("Carys Pugh", "Floppy I can work with."),
        ("Priya Raman", "Ha. Okay. Recap. Declan, report Friday. Carys, mock on the 5th."),
        ("Declan Byrne", "Got it."),
    ], PEOPLE, MON))
    assert not [f for f in fs.facts if isinstance(f, ActionItem) and "work with" in f.text]


def test_work_someone_is_also_going_to_do_taken_on_with_a_pronoun_promise_is_theirs(
    extractor: OfflineExtractor,
) -> None:
    [item] = items(extractor, [
        ("Amrit Sandhu", "Carys's also going to send Declan the site boundary shapefile for the migration."),
        ("Carys Pugh", "Yep. I'll have it over by Tuesday."),
        ("Declan Byrne", "Brilliant, that means the old cases show up on the map."),
    ])
    assert (item.owner, item.due) == ("Carys Pugh", date(2026, 10, 6))
    assert "shapefile" in item.text
