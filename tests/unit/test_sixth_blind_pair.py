"""Sentences from the sixth blind pair of audits (an airport's rostering system, a water utility's field-service
platform), written by people who never read the rules: what they say must commit, date, decide and block."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Blocker, Decision, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

PEOPLE = [Person(name=n) for n in ("Priya Natarajan", "Owen Faulkner", "Roy Mercer", "Bernie Walsh", "Tom Ashdown",
                                   "Sunita Bhatt", "Helen Marchbank", "Gary Lumb", "Kevin Doyle")]
TUESDAY = date(2026, 10, 20)


def extract(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list:
    return list(extractor.extract(meeting_context(turns, PEOPLE, TUESDAY)).facts)


@pytest.mark.parametrize("turns, due", [
    ([("Owen Faulkner", "Roy, when can the firewall change go to the board?"),
      ("Roy Mercer", "The board sits on the twenty-ninth. I'll take the firewall change to that.")], date(2026, 10, 29)),
    ([("Priya Natarajan", "Bernie, the fatigue rules?"),
      ("Bernie Walsh", "Our committee meets on the fourth of November. I'll take them to that.")], date(2026, 11, 4)),
])
def test_work_promised_to_a_meeting_is_due_on_the_day_the_sentence_before_gives_it(
    minilm_extractor: OfflineExtractor, turns: list[tuple[str, str]], due: date
) -> None:
    [item] = of_kind(ActionItem, extract(minilm_extractor, turns))
    assert item.owner == turns[-1][0] and item.due == due


def test_a_promise_to_raise_something_at_a_meeting_with_no_date_said_gets_none(
    minilm_extractor: OfflineExtractor,
) -> None:
    items = of_kind(ActionItem, extract(minilm_extractor, [
        ("Roy Mercer", "The board is a nightmare. I'll take the firewall change to that."),
    ]))
    assert all(i.due is None for i in items)


def test_a_day_said_two_sentences_after_a_promise_with_for_dates_it(minilm_extractor: OfflineExtractor) -> None:
    [item] = of_kind(ActionItem, extract(minilm_extractor, [
        ("Gary Lumb", "I'll do them a cheat sheet as well. One page, laminated, for the vans. For Wednesday."),
    ]))
    assert item.owner == "Gary Lumb" and item.due == date(2026, 10, 21)


def test_an_outside_partys_answer_passed_on_with_a_date_is_that_partys_item(
    minilm_extractor: OfflineExtractor,
) -> None:
    facts = extract(minilm_extractor, [
        ("Tom Ashdown", "Any word from the payroll bureau?"),
        ("Sunita Bhatt", "Pennant have said they'll come back on the file layout by the end of the month."),
    ])
    [item] = of_kind(ActionItem, facts)
    assert item.owner == "Pennant" and item.due is not None and item.due.month == 10 and item.due.day >= 30


@pytest.mark.parametrize("sentence", ["They'll come back on Monday.", "Pennant said they'll come back on the sixth."])
def test_coming_back_on_a_day_is_no_answer_owed(minilm_extractor: OfflineExtractor, sentence: str) -> None:
    assert of_kind(ActionItem, extract(minilm_extractor, [("Sunita Bhatt", sentence)])) == []


@pytest.mark.parametrize("turns, said", [
    ([("Bernie Walsh", "The branch met last night, and they came back with a change."),
      ("Tom Ashdown", "Helen's fine with three. So three it is.")], "three it is"),
    ([("Owen Faulkner", "Here's a halfway house, though. For December, we run the security payroll both ways."),
      ("Tom Ashdown", "Fine. Belt and braces it is. December both ways.")], "belt and braces it is"),
    ([("Priya Natarajan", "So which team goes first?"),
      ("Gary Lumb", "Fine. Fair enough. Holme Road it is, and the twenty-third.")], "holme road it is"),
])
def test_a_choice_named_and_settled_with_it_is_is_a_decision(
    minilm_extractor: OfflineExtractor, turns: list[tuple[str, str]], said: str
) -> None:
    decisions = of_kind(Decision, extract(minilm_extractor, turns))
    assert any(said in (d.text + " " + " ".join(e.quote for e in d.evidence)).lower() for d in decisions)


@pytest.mark.parametrize("turns", [
    [("Tom Ashdown", "Is the rota tool still slow?"), ("Kevin Doyle", "Of course it is.")],
    [("Kevin Doyle", "The old clock on Gate B stays as it is.")],
    [("Priya Natarajan", "Anything else?"), ("Kevin Doyle", "Belt and braces it is.")],  # nobody argued for it
    [("Priya Natarajan", "How's the night shift?"), ("Kevin Doyle", "Fine. Quiet it is. See you Friday.")],
])
def test_it_is_without_a_choice_argued_or_named_is_no_decision(
    minilm_extractor: OfflineExtractor, turns: list[tuple[str, str]]
) -> None:
    assert of_kind(Decision, extract(minilm_extractor, turns)) == []


@pytest.mark.parametrize("sentence", [
    "And nothing is connected airside until the board says yes.",
    "No tablet goes anywhere near our network till I've seen a pen test on your platform.",
    "So until they're updated, there's no app on any of them.",
])
def test_a_gate_said_as_what_does_not_happen_until_someone_acts_is_a_blocker(
    minilm_extractor: OfflineExtractor, sentence: str
) -> None:
    blockers = of_kind(Blocker, extract(minilm_extractor, [("Roy Mercer", sentence)]))
    assert [b.evidence[0].quote.rstrip(".") for b in blockers] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", ["Nothing goes live until March.", "No one is in until Monday.",
                                      "Until Friday, there's no point."])
def test_a_wait_for_a_date_is_no_blocker(minilm_extractor: OfflineExtractor, sentence: str) -> None:
    assert of_kind(Blocker, extract(minilm_extractor, [("Roy Mercer", sentence)])) == []


def of_kind(kind: type, facts: list) -> list:
    return [f for f in facts if isinstance(f, kind)]



def test_a_promise_to_a_dated_meeting_is_quoted_with_the_sentence_that_dates_it(
    minilm_extractor: OfflineExtractor,
) -> None:
    [item] = of_kind(ActionItem, extract(minilm_extractor, [
        ("Priya Natarajan", "Bernie, the fatigue rules?"),
        ("Bernie Walsh", "Our committee meets on the fourth of November. I'll take them to that."),
    ]))
    assert item.text.startswith("Our committee meets on the fourth of November.")
    assert [e.quote.rstrip(".") for e in item.evidence][:2] == ["Our committee meets on the fourth of November",
                                                                "I'll take them to that"]


def test_the_speakers_own_work_going_does_not_close_what_an_outside_party_owes(
    minilm_extractor: OfflineExtractor, minilm: object
) -> None:
    from tests.builders import weekly_tracker

    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 20))(
        [("Tom Ashdown", "Any word from the payroll bureau?"),
         ("Sunita Bhatt", "Pennant have said they'll come back on the file layout by the end of the month.")],
        [("Priya Natarajan", "Pennant. Still nothing on the layout. Their end of the month came and went."),
         ("Owen Faulkner", "Not a peep. My sample file went Thursday, I got a read receipt, and that's it.")],
    )
    [item] = [f for f in of_kind(ActionItem, facts) if f.owner == "Pennant"]
    assert item.status == "open" and not any(e.event == "done" for e in item.history)


@pytest.mark.parametrize("sentence", ["And the forms held up.", "So we're not waiting on Cartwright's for anything now."])
def test_a_form_that_survived_and_a_wait_that_is_over_are_no_open_blockers(
    minilm_extractor: OfflineExtractor, sentence: str
) -> None:
    assert [b for b in of_kind(Blocker, extract(minilm_extractor, [("Tom Ashdown", sentence)])) if b.status == "open"] == []


@pytest.mark.parametrize("raised, lifted", [
    ([("Roy Mercer", "And nothing is connected airside until the board says yes.")],
     [("Priya Natarajan", "Amazing. And the change board?"),
      ("Owen Faulkner", "Approved. Roy pushed it through on Thursday, so I've got my firewall rule.")]),
    ([("Kevin Doyle", "No tablet goes anywhere near our network till I've seen a pen test on your platform.")],
     [("Priya Natarajan", "Kev, I hear there's good news?"),
      ("Kevin Doyle", "There is. I've had the pen test report. Read it twice. I'm satisfied.")]),
])
def test_a_gate_is_lifted_by_the_party_approving_when_asked_or_by_the_waiter_having_what_they_waited_for(
    minilm_extractor: OfflineExtractor, minilm: object, raised: list[tuple[str, str]], lifted: list[tuple[str, str]]
) -> None:
    from tests.builders import weekly_tracker

    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 20))(raised, lifted)
    [blocker] = of_kind(Blocker, facts)
    assert blocker.status == "resolved" and blocker.history[-1].meeting_id == "w2"


def test_approved_in_reply_to_another_question_lifts_nothing(minilm_extractor: OfflineExtractor, minilm: object) -> None:
    from tests.builders import weekly_tracker

    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 20))(
        [("Roy Mercer", "And nothing is connected airside until the board says yes.")],
        [("Priya Natarajan", "Sunita, your leave request for December?"), ("Sunita Bhatt", "Approved, thankfully.")],
    )
    [blocker] = of_kind(Blocker, facts)
    assert blocker.status == "open"


def test_a_step_on_the_way_signed_when_asked_does_not_lift_a_wait_on_the_party(
    minilm_extractor: OfflineExtractor, minilm: object
) -> None:
    # Ormsby call 2: the form was signed, but the wait is for Maplestone to release the credentials (call 4)
    from tests.builders import weekly_tracker

    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 20))(
        [("Owen Faulkner", "Maplestone won't give me the database credentials until somebody at the group signs their "
                           "data release form, and it has to be a director.")],
        [("Priya Natarajan", "Bernie, Helen's form for Maplestone?"),
         ("Bernie Walsh", "Signed. Wednesday night, like she said. I scanned it across to Maplestone myself.")],
    )
    [blocker] = of_kind(Blocker, facts)
    assert blocker.waiting_on == "Maplestone" and blocker.status == "open"


@pytest.mark.parametrize("prompt, expected", [("Tom, the open jobs?", "open"), ("Tom, the dry run of the open jobs?", "done")])
def test_a_dry_run_reported_is_not_the_work_done_unless_the_dry_run_was_asked_for(
    minilm_extractor: OfflineExtractor, minilm: object, prompt: str, expected: str
) -> None:
    from tests.builders import weekly_tracker

    facts = weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 10, 20))(
        [("Priya Natarajan", "Tom, the old jobs."),
         ("Tom Ashdown", "I'll do the open-jobs migration for Holme Road by the twenty-sixth.")],
        [("Priya Natarajan", prompt),
         ("Tom Ashdown", "I did a dry run on Tuesday, two hundred and ninety-one jobs, and three had dodgy postcodes.")],
    )
    [item] = [f for f in of_kind(ActionItem, facts) if "migration" in f.text]
    assert item.status == expected
