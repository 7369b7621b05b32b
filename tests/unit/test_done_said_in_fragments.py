"""Done reports said in fragments or through others: "Gone. Thursday.", "Done and sent.", "Sent Monday.", "In your
inbox.", a receipt with the sender called by name first, "it" that the sentence before named ("Yeah, the HR extract
landed Thursday night. Kemi got it out in the end."), the one called on about an outside party speaking for it,
dates that move nothing ("Got it, Monday, yeah.", "Still aiming for Friday."), and a resubmission with new work after
the submission is reported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import weekly_tracker

PEOPLE = [Person(name=n) for n in ("Nora Quinn", "Ben Adler", "Kemi Hart", "Vikram Rao", "Alexander Reid",
                                   "Siobhan Keane")]
WEEK1 = date(2026, 10, 5)  # a Monday
# An item whose own words name little ("it" is the file layout), and one relayed for an outside party
EXTRACT_PROMISED = [("Vikram Rao", "Kemi, I'll send you the file layout we need tomorrow."),
                    ("Kemi Hart", "Then I'll do you a test extract off the back of it, by Friday.")]
LINK_RELAYED = [("Nora Quinn", "Kemi, the booking link on the agent desktop?"),
                ("Kemi Hart", "Callsway have said they'll add it to the allowed list by the thirteenth.")]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


@pytest.mark.parametrize("sentence, doer", [
    ("Gone.", "thing"),                                   # what was asked about went
    ("Yep, gone.", "thing"),
    ("Done and sent.", "speaker"),
    ("Sent Monday.", "speaker"),
    ("Sent Monday, I think.", "speaker"),
    ("And Rosalind, got the IP list, thank you, that was quick.", "thing"),   # the sender called on first
    ("Kemi, sent it this morning.", "speaker"),
    ("Done, all four.", "speaker"),                       # the first word is the report, not a name called
    ("Logged it the same afternoon.", "speaker"),
    ("In your inbox.", "speaker"),                        # the sender says where it went
    ("With you since Tuesday.", "speaker"),
    ("They're on the intranet.", "thing"),                 # where the work now is
])
def test_a_report_said_in_a_fragment_is_read_with_its_doer(sentence: str, doer: str) -> None:
    report = done_report(sentence)
    assert report is not None and report.doer == doer


@pytest.mark.parametrize("sentence", [
    "Gone quiet.", "Gone to lunch.", "Tried and failed.", "Started Monday.", "Honestly, tried.",
    "Logged.",            # noted, as a minute-taker says it
    "In your inbox?", "Is it in your inbox.",
])
def test_fragments_that_report_nothing_finished_are_not_reports(sentence: str) -> None:
    assert done_report(sentence) is None


def test_logged_it_in_reply_to_a_call_on_the_owner_closes_the_request_they_were_to_log(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Ben, the test environment?"),
         ("Ben Adler", "I'll log the request with Carrier this afternoon so the clock's at least started.")],
        [("Nora Quinn", "Ben, Carrier."),
         ("Ben Adler", "Logged it the same afternoon. They've acknowledged it, which is about all they've done.")],
    )
    assert [i.status for i in items(facts)] == ["done"]


def test_where_it_is_now_said_by_the_one_called_on_closes_their_item(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Siobhan, the other thing I'll need is testers. Three names by Friday?"),
         ("Siobhan Keane", "Fine.")],
        [("Nora Quinn", "Shiv, tester names?"),
         ("Siobhan Keane", "In your inbox. Three of them. One's from housing, which I'm quite proud of.")],
    )
    [item] = items(facts)
    assert item.owner == "Siobhan Keane" and item.status == "done"


def test_gone_with_a_day_in_reply_to_a_question_naming_the_work_closes_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Ben, the supplier application?"),
         ("Ben Adler", "I'll get the supplier application off to Carrier this week.")],
        [("Nora Quinn", "Thanks. Ben, while I've got you, the supplier application?"),
         ("Ben Adler", "Gone. Thursday.")],
    )
    [item] = items(facts)
    assert item.status == "done"
    assert "Gone." in [e.quote for e in item.evidence if e.meeting_id == "w2"]


def test_done_and_sent_in_reply_to_a_call_on_the_owner_closes_their_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll have the security questionnaire done by Friday week.")],
        [("Nora Quinn", "Kemi, the questionnaire."), ("Kemi Hart", "Done and sent.")],
    )
    assert [i.status for i in items(facts)] == ["done"]


def test_the_owner_named_doing_it_closes_what_the_sentence_before_named(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        EXTRACT_PROMISED,
        [("Nora Quinn", "Vikram, how's the build?"),
         ("Vikram Rao", "Yeah, the HR extract landed Thursday night. Kemi got it out in the end. So I've got "
                        "real data to work with.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Kemi Hart"]
    assert item.status == "done"


def test_the_owner_named_doing_it_after_a_sentence_about_something_else_closes_nothing(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        EXTRACT_PROMISED,
        [("Nora Quinn", "Vikram, how's the build?"),
         ("Vikram Rao", "The car park flooded on Thursday. Kemi got it out in the end.")],
    )
    assert [i.status for i in items(facts) if i.owner == "Kemi Hart"] == ["open"]


def test_got_it_with_the_day_it_came_is_a_receipt_not_a_new_date_for_the_speakers_own_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll send Ben the pilot readiness checklist by Friday."),
         ("Ben Adler", "And I'll draft the data-use statement for the union by Friday week.")],
        [("Kemi Hart", "Great. And my checklist, Ben, you got that?"),
         ("Ben Adler", "Got it, Monday, yeah. I've been working through it.")],
    )
    by_owner = {i.owner: i for i in items(facts)}
    assert by_owner["Ben Adler"].status == "open" and by_owner["Ben Adler"].due == date(2026, 10, 16)
    assert by_owner["Kemi Hart"].status == "done"


def test_still_aiming_for_a_day_moves_nothing(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Vikram, the boundaries?"),
         ("Vikram Rao", "The DMA boundaries are easy, I can get you those as a shapefile by Friday.")],
        [("Nora Quinn", "Vikram, GIS?"),
         ("Vikram Rao", "The asset layer is, um, it's in progress."),
         ("Ben Adler", "I can't test any routes until I've got it."),
         ("Ben Adler", "Everything routes to the middle of the DMA at the moment."),
         ("Vikram Rao", "Understood. Still aiming for Friday.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Vikram Rao"]
    assert item.status == "open" and item.due == date(2026, 10, 9)


def test_a_thing_named_by_its_letters_reported_working_closes_the_item_that_sets_it_up(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "Ben, I still can't get onto the server from home."),
         ("Ben Adler", "I'll get your VPN account set up, give me till Tuesday.")],
        [("Nora Quinn", "Let's start with Kemi."),
         ("Kemi Hart", "Yep. So, good news, I'm in. VPN's working now, thanks Ben.")],
    )
    assert [i.status for i in items(facts) if i.owner == "Ben Adler"] == ["done"]


def test_the_one_called_on_about_an_outside_party_speaks_for_its_one_open_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        LINK_RELAYED,
        [("Nora Quinn", "Kemi, Callsway?"),
         ("Kemi Hart", "Sorted. The agents can open it straight from the phone screen now.")],
    )
    [item] = items(facts)
    assert item.owner == "Callsway" and item.status == "done"


def test_a_bare_report_about_a_party_that_owes_two_items_closes_neither(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [*LINK_RELAYED,
         ("Nora Quinn", "And the call recordings?"),
         ("Kemi Hart", "Callsway will send us the recording export by the twentieth as well.")],
        [("Nora Quinn", "Kemi, Callsway?"),
         ("Kemi Hart", "Sorted.")],
    )
    assert {i.status for i in items(facts) if i.owner == "Callsway"} == {"open"}


def test_a_resubmission_with_new_work_after_the_submission_is_reported_is_a_new_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Ben, the app."),
         ("Ben Adler", "I'll get it submitted to both app stores by Monday.")],
        [("Nora Quinn", "Ben, while you're on, the app?"),
         ("Ben Adler", "Right. Submitted Monday to both stores. Google approved it in about a day. Apple rejected it."),
         ("Kemi Hart", "Why?"),
         ("Ben Adler", "Because their reviewer couldn't log in. So we're waiting on Apple."),
         ("Ben Adler", "I'll set up a demo login for their reviewer and resubmit by tomorrow.")],
    )
    by_text = {i.text: i.status for i in items(facts) if i.owner == "Ben Adler"}
    assert by_text == {"I'll get it submitted to both app stores by Monday.": "done",
                       "I'll set up a demo login for their reviewer and resubmit by tomorrow.": "open"}
