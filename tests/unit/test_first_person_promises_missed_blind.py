"""First-person promises the fifth blind audit (a law firm's document-management move) showed were missed: work
set up for the listener ("I'll set you up a VPN account"), a result to bring about ("I'll get the renewal signed"),
a call to someone outside the room dated by the pronoun promise after it ("I'll ring Marcus myself ... Leave it
with me, I'll do it this week."), and the speaker's team putting "it" somewhere by a date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import ActionItem, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

WED = date(2026, 9, 23)
PEOPLE = [
    Person(name="Priya Raman", side="vendor", role="project manager"),
    Person(name="Joel Whitaker", side="vendor"),
    Person(name="Ian Corrigan", side="customer"),
    Person(name="Duncan Rusk", side="customer"),
    Person(name="Craig Bell", side="customer"),
]


def open_items(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[ActionItem]:
    fs = extractor.extract(meeting_context(turns, PEOPLE, WED))
    return [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open"]


def test_work_set_up_for_the_listener_is_the_item_and_the_result_sentence_dates_it(
    extractor: OfflineExtractor,
) -> None:
    [item] = open_items(extractor, [
        ("Joel Whitaker", "It's a great screenshot. But I can't migrate a screenshot."),
        ("Ian Corrigan", "Fair. I'll set you up a VPN account and a read-only login on the SQL box. "
                         "You'll have it by Monday."),
        ("Priya Raman", "Thanks, Ian."),
    ])
    assert (item.owner, item.due) == ("Ian Corrigan", date(2026, 9, 28))
    assert "VPN account" in item.text


@pytest.mark.parametrize("sentence", [
    "I'll get the Filemaster renewal signed before then, twelve months read-only, and we look again next year.",
    "I'll get the pilot laptops imaged, all ten of them.",
])
def test_a_result_the_speaker_will_bring_about_is_their_item(extractor: OfflineExtractor, sentence: str) -> None:
    [item] = open_items(extractor, [("Priya Raman", "Ian, anything on the licence?"), ("Ian Corrigan", sentence),
                                    ("Priya Raman", "Then fine.")])
    assert item.owner == "Ian Corrigan"
    assert item.evidence[0].quote in sentence


def test_a_call_outside_the_room_dated_by_the_pronoun_promise_after_it_is_one_dated_item(
    extractor: OfflineExtractor,
) -> None:
    [item] = open_items(extractor, [
        ("Priya Raman", "Who's our broker there, is it still Marcus?"),
        ("Duncan Rusk", "I'll ring Marcus myself and get them moving. Leave it with me, I'll do it this week."),
        ("Priya Raman", "Thank you."),
    ])
    assert (item.owner, item.due) == ("Duncan Rusk", date(2026, 9, 25))
    assert "ring Marcus" in item.text


def test_the_speakers_team_putting_it_somewhere_by_a_date_is_their_item(extractor: OfflineExtractor) -> None:
    [item] = open_items(extractor, [
        ("Priya Raman", "And the pilot laptops in Leeds? We wanted ten people in Leeds trying the add-in first."),
        ("Craig Bell", "Leeds is all on the new Office, so those are easy. We'll package it and have it on the ten "
                       "Leeds pilot laptops by Friday week."),
        ("Priya Raman", "Lovely."),
    ])
    assert item.due == date(2026, 10, 2)
    assert "pilot laptops" in item.text


@pytest.mark.parametrize("sentence", [
    "We'll package it and see how it goes.",
    "If it works we'll have it on the laptops by Friday.",
    "I'll ring round and see who's free.",
])
def test_what_only_sounds_like_those_promises_is_no_item(extractor: OfflineExtractor, sentence: str) -> None:
    assert open_items(extractor, [("Priya Raman", "And the add-in?"), ("Craig Bell", sentence),
                                  ("Priya Raman", "Okay.")]) == []


@pytest.mark.parametrize(("said", "day"), [
    ("A week late, I'm afraid. First Friday in November.", date(2026, 11, 6)),
    ("I'll have it by the last Monday of the month.", date(2026, 10, 26)),
    ("The second Tuesday of next month.", date(2026, 11, 10)),
    ("The first Monday in January.", date(2027, 1, 4)),
])
def test_a_weekday_counted_in_a_month_is_that_day(said: str, day: date) -> None:
    from ingest.extraction.dates import due_date

    assert due_date(said, date(2026, 10, 21)) == day


def test_a_later_promise_naming_other_work_of_the_same_owner_is_no_restatement_of_the_item(minilm: Any) -> None:
    from assistant.tracking import _Sim, match_score

    # (the real embedder: the two promises share "loaded into the test site", and MiniLM finds them alike)
    trial = ActionItem(text="I'll have that loaded into the test site by Friday week.", owner="Joel Whitaker")
    newcastle = ActionItem(text="I'll have all the Newcastle property team's matters loaded into the test site by "
                                "the twenty-eighth, so they can look at their own files before go-live.",
                           owner="Joel Whitaker")
    again = ActionItem(text="I'll have that trial load in the test site by Tuesday.", owner="Joel Whitaker")
    sim = _Sim(minilm, [trial.text, newcastle.text, again.text])  # type: ignore[arg-type]
    assert match_score(trial, newcastle, sim) is None
    assert match_score(trial, again, sim) is not None


def test_a_new_promise_in_an_answer_about_other_work_is_no_restatement_of_it(minilm: Any) -> None:
    from assistant.tracking import _Sim, is_completion, match_score

    draft = ActionItem(text="I'll get my draft of the retention policy round by the end of the month.",
                       owner="Ruth Oyelaran")
    sign = ActionItem(text="And I'll sign the final policy off by the thirtieth, so it's done well before the pilot.",
                      owner="Ruth Oyelaran", context="Ruth, how's your draft?")
    # what the promise is for ("so it's done well before the pilot") reports nothing done
    assert not is_completion(sign)
    assert is_completion(ActionItem(text="I sent it Friday, so it's done."))
    assert match_score(draft, sign, _Sim(minilm, [draft.text, sign.text])) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("said", "day"), [
    ("I'll book the room for the first week of February.", date(2027, 2, 5)),
    ("The last week of November.", date(2026, 11, 27)),
    ("By the second week in December.", date(2026, 12, 18)),
])
def test_a_week_counted_in_a_month_ends_on_its_friday(said: str, day: date) -> None:
    from ingest.extraction.dates import due_date

    assert due_date(said, date(2026, 11, 19)) == day


def test_two_promises_of_one_speaker_sharing_only_a_phrasal_verb_are_two_items(extractor: OfflineExtractor) -> None:
    items = open_items(extractor, [
        ("Priya Raman", "Owen, could you take the staff accounts off Rob?"),
        ("Ian Corrigan", "Yeah, give them to me. I'll have everyone set up by Wednesday."),
        ("Priya Raman", "Thanks. And the app?"),
        ("Ian Corrigan", "Their reviewer couldn't log in. I'll set up a demo login for their reviewer and resubmit by "
                         "tomorrow."),
    ])
    assert len(items) == 2
    assert {i.due for i in items} == {date(2026, 9, 30), date(2026, 9, 24)}


def test_a_promise_sharing_only_a_place_and_one_word_with_an_item_is_no_restatement_of_it(minilm: Any) -> None:
    from assistant.tracking import _Sim, match_score

    schedule = ActionItem(text="I'll send a draft training schedule for Riverside and Eastfield by Wednesday.",
                          owner="Jess Carmody")
    day = ActionItem(text="I'll do the train-the-trainer day at Riverside on Wednesday the fourth.",
                     owner="Jess Carmody")
    again = ActionItem(text="I'll send the draft training schedule for Riverside by Friday instead.", owner="Jess Carmody")
    batch = ActionItem(text="I'll run a test batch of ten real Corbel invoices through the finance feed by the 18th.",
                       owner="Fiona Leckie")
    rerun = ActionItem(text="So I'll rerun the three on Wednesday, and then the full ten again after that.",
                       owner="Fiona Leckie")
    sim = _Sim(minilm, [schedule.text, day.text, again.text, batch.text, rerun.text])  # type: ignore[arg-type]
    assert match_score(schedule, day, sim) is None
    assert match_score(schedule, again, sim) is not None
    assert match_score(batch, rerun, sim) is not None  # doing the work again is the same work


@pytest.mark.parametrize("sentence", [
    "Anyway, Tallis have come back saying they'll have a sandbox for us by the eighth.",
    "Tallis got back to us saying they'll have a sandbox for us by the eighth.",
])
def test_a_suppliers_answer_passed_on_is_the_suppliers_dated_item(extractor: OfflineExtractor, sentence: str) -> None:
    [item] = open_items(extractor, [("Joel Whitaker", "Have we heard from them?"), ("Ian Corrigan", sentence),
                                    ("Priya Raman", "Okay.")])
    assert (item.owner, item.due) == ("Tallis", date(2026, 10, 8))
