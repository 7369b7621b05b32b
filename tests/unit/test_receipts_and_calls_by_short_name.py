"""Done reports the follow-up pass reads from who is called on and who received the work: a call by a short form of
the owner's first name ("Gaz, serials."), a receipt by the one the work was sent to ("I've had the pen test
report."), and a receipt from the one spoken to ("The lads got your email"), which is not the speaker's own work."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import Person
from assistant.tracking import content_stems, short_name_of
from ingest.extraction.followup import _calls_on
from tests.builders import action_items, weekly_tracker

PEOPLE = [Person(name=n) for n in ("Hannah Okafor", "Gary Lumb", "Dev Mistry", "Richard Vance", "Neil Garside",
                                   "Tom Ashdown", "Bethan Hale", "Andrew Pike")]
THU = date(2026, 10, 1)

SERIALS_PROMISED = [
    ("Dev Mistry", "We'll get the update pushed to the tablets by Friday week. I'd need the exact serial numbers."),
    ("Gary Lumb", "I'll get you the serial numbers off the back of them, Monday."),
    ("Hannah Okafor", "And Gary, the names of the lads for the accounts?"),
    ("Gary Lumb", "I'll send you the names of the lads by Monday."),
]


@pytest.mark.parametrize("call", ["Okay. Gaz, serials.", "Okay. Gary, serials.", "And the serials, Gaz?"])
def test_a_reply_to_a_call_on_the_owner_by_a_short_name_closes_the_item_the_call_names(
    minilm_extractor, minilm, call: str
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)
    week2 = [("Hannah Okafor", call), ("Gary Lumb", "Sent them to Dev on the Monday. Twenty-four tablets.")]
    status = {i.text: i.status for i in action_items(run(SERIALS_PROMISED, week2)) if i.owner == "Gary Lumb"}
    assert status == {"I'll get you the serial numbers off the back of them, Monday.": "done",
                      "I'll send you the names of the lads by Monday.": "open"}


@pytest.mark.parametrize(("prompt", "speaker", "calls"), [
    ("Gaz, serials.", "Gary Lumb", True),
    ("Okay. Baz, the rota?", "Barry Hope", True),
    ("And the serials, Gaz?", "Gary Lumb", True),
    ("And the rota?", "Andrew Pike", False),  # "And" opens the question; it calls on nobody
    ("Will the firewall be done?", "William Shaw", False),  # no comma: not said to him
    ("Gaz, serials.", "Dev Mistry", False),
])
def test_a_short_form_of_a_first_name_set_off_by_a_comma_calls_on_that_person(
    prompt: str, speaker: str, calls: bool
) -> None:
    assert _calls_on(prompt, speaker) is calls


def test_british_short_forms_in_z_are_short_forms_of_their_names() -> None:
    assert short_name_of("Gaz", "Gary") and short_name_of("Daz", "Darren") and not short_name_of("Gaz", "Gareth")


def test_a_plural_in_als_has_the_stem_of_its_singular() -> None:
    assert content_stems("the serials") == content_stems("the serial number") - content_stems("number")
    assert content_stems("approvals") == content_stems("approval")


def test_a_receipt_from_the_one_spoken_to_does_not_close_the_speakers_own_item(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)
    week1 = [("Hannah Okafor", "And Gary, the names of the lads for the accounts?"),
             ("Gary Lumb", "I'll send you the names of the lads by Monday.")]
    week2 = [("Richard Vance", "And before anyone asks, yes, I know. I'm late with everything."),
             ("Gary Lumb", "The lads got your email on Monday. The one with you in the hard hat.")]
    assert [i.status for i in action_items(run(week1, week2))] == ["open"]


PEN_TEST = [
    ("Neil Garside", "No tablet goes anywhere near our network till I've seen a pen test on your platform."),
    ("Tom Ashdown", "That's fair. I'll get our security team to send you the pen test summary and the architecture "
                    "document by the end of next week."),
    ("Bethan Hale", "I'll book the depot training room for the week after."),
]


def test_the_one_the_work_was_sent_to_saying_they_have_it_closes_it(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)
    week2 = [("Hannah Okafor", "Okay. Neil, I hear there's good news?"),
             ("Neil Garside", "There is. I've had the pen test report. Read it twice. I'm satisfied.")]
    status = {i.owner: i.status for i in action_items(run(PEN_TEST, week2))}
    assert status == {"Tom Ashdown": "done", "Bethan Hale": "open"}


def test_a_receipt_of_a_thing_the_item_does_not_name_closes_nothing(minilm_extractor, minilm) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)
    week2 = [("Hannah Okafor", "Okay. Neil, anything from you?"),
             ("Neil Garside", "I've had the firewall test results back from the board. All fine.")]
    assert [i.status for i in action_items(run(PEN_TEST, week2))] == ["open", "open"]


def test_a_report_that_says_only_whom_it_went_to_closes_the_owners_item_for_that_person(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)
    week1 = [("Hannah Okafor", "Tom, where is the build?"),
             ("Tom Ashdown", "I've built the security patterns. I'll send Bethan the draft patterns out of the system "
                             "by Friday so she can pull them apart."),
             ("Neil Garside", "And the terminals need a firewall change."),
             ("Tom Ashdown", "I'll get you the terminal addresses for the firewall change by Thursday.")]
    week2 = [("Hannah Okafor", "Let's go round last week's actions. Tom, the rotas?"),
             ("Tom Ashdown", "Went to Bethan on Friday."),
             ("Bethan Hale", "And I went through them on Sunday. They're right apart from the nights.")]
    status = {i.text[:30]: i.status for i in action_items(run(week1, week2))}
    assert status == {"I'll send Bethan the draft pat": "done", "I'll get you the terminal addr": "open"}


def test_someone_else_saying_they_have_it_when_the_owner_is_asked_closes_the_item_sent_to_them(
    minilm_extractor, minilm
) -> None:
    run = weekly_tracker(minilm_extractor, minilm, PEOPLE, THU)
    week1 = [("Tom Ashdown", "What do the terminals need to meet on your side, Neil?"),
             ("Neil Garside", "There's a standard for any device that goes airside. I'll send it you by Thursday."),
             ("Neil Garside", "And I'll take the firewall change to the board on the twenty-ninth.")]
    week2 = [("Hannah Okafor", "Neil, the airside standard?"),
             ("Tom Ashdown", "I've got it, actually. Came through Thursday. All forty pages."),
             ("Neil Garside", "Then you're the first person who ever has.")]
    status = {i.text[:20]: i.status for i in action_items(run(week1, week2))}
    assert status == {"I'll send it you by ": "done", "I'll take the firewa": "open"}
    week2_owner = [("Hannah Okafor", "Neil, the airside standard?"), ("Neil Garside", "I've got it here somewhere.")]
    assert all(i.status == "open" for i in action_items(run(week1, week2_owner)))
