"""Status exchanges: a question naming open work and a reply saying it is done close the item, even when the reply
names neither the work nor its owner; replies that are not done, and questions that fit two items, close nothing.
Also: one sentence reporting two pieces of work done closes both items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Evidence, FactBase, Person
from ingest.extraction.exchanges import answered, exchanges, reports_done
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Ines Duarte", "Katherine Moss", "Omar Haddad", "Wendell Price", "Juno Abara"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 3, 2)


@pytest.fixture(scope="module")
def tracks(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> dict[bool, Callable[..., list[FactBase]]]:
    return {on: weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1, exchanges=on) for on in (True, False)}


def _statuses(facts: list[FactBase], word: str) -> list[tuple[str | None, str]]:
    return [(i.owner, i.status) for i in items(facts) if i.meeting_id == "w1" and word in i.text.lower()]


def test_a_report_by_someone_else_naming_the_owner_by_a_short_form_closes_her_item(tracks) -> None:
    week1 = [("Ines Duarte", "Katherine, supplier logins?"),
             ("Katherine Moss", "I'll have the supplier logins created by Thursday.")]
    week2 = [("Ines Duarte", "Kate, supplier logins?"),
             ("Omar Haddad", "Kate did them Wednesday, every one. She's off today.")]
    assert _statuses(tracks[True](week1, week2), "login") == [("Katherine Moss", "done")]
    # the follow-up finder reads "Kate" as Katherine too, without the exchange reader
    assert _statuses(tracks[False](week1, week2), "login") == [("Katherine Moss", "done")]


def test_a_bare_past_tense_reply_closes_the_one_item_whose_words_name_no_thing(tracks) -> None:
    week1 = [("Ines Duarte", "Omar, what do you need from the insurer?"),
             ("Omar Haddad", "There's a risk questionnaire, about thirty questions. I'll get that back to them by "
                             "Monday."),
             ("Omar Haddad", "And I'll send you the floor plan tomorrow.")]
    week2 = [("Ines Duarte", "Omar, the risk questionnaire?"),
             ("Omar Haddad", "Went off Tuesday.")]
    facts = tracks[True](week1, week2)
    assert [(i.owner, i.status) for i in items(facts) if "back to them" in i.text] == [("Omar Haddad", "done")]
    assert _statuses(facts, "floor plan") == [("Omar Haddad", "open")]
    assert [i.status for i in items(tracks[False](week1, week2)) if "back to them" in i.text] == ["open"]


def test_the_one_it_was_for_saying_it_arrived_closes_the_askers_own_item(tracks) -> None:
    week1 = [("Wendell Price", "Could I have a handset early, to build the screens against?"),
             ("Ines Duarte", "Wendell, I'll courier you a demo handset on Monday.")]
    week2 = [("Ines Duarte", "So the demo handset, Wendell, you got that?"),
             ("Wendell Price", "Yes, it's on my desk. It's lovely.")]
    assert _statuses(tracks[True](week1, week2), "handset") == [("Ines Duarte", "done")]


@pytest.mark.parametrize("reply", [
    "It's drafted. It'll go tomorrow.",
    "Not yet, the insurer changed the form.",
    "Yeah.",
    "Oh, can I answer that? Which questionnaire?",
])
def test_a_reply_that_is_not_done_leaves_the_item_open(tracks, reply: str) -> None:
    week1 = [("Ines Duarte", "Omar, the insurer's risk questionnaire?"),
             ("Omar Haddad", "I'll send the risk questionnaire back by Monday.")]
    week2 = [("Ines Duarte", "Omar, the risk questionnaire?"), ("Omar Haddad", reply)]
    [(owner, status)] = _statuses(tracks[True](week1, week2), "questionnaire")
    assert owner == "Omar Haddad" and status in ("open", "slipped")  # "It'll go tomorrow" is a new date


def test_a_question_asking_for_a_date_is_no_status_question(tracks) -> None:
    week1 = [("Ines Duarte", "Juno, the cabling survey?"),
             ("Juno Abara", "I'll have the cabling survey finished by the 12th.")]
    week2 = [("Ines Duarte", "Juno, the cabling survey, still on for the 12th?"), ("Juno Abara", "Yes.")]
    assert _statuses(tracks[True](week1, week2), "survey") == [("Juno Abara", "open")]


def test_a_question_that_fits_two_items_as_well_closes_neither() -> None:
    ctx = meeting_context([("Ines Duarte", "Juno, the survey?"), ("Juno Abara", "Done, Friday.")], PEOPLE,
                          date(2026, 3, 9), mid="w2")
    [ex] = exchanges(ctx)
    assert ex.called == ("Juno Abara",) and reports_done(ex) is not None
    ev = Evidence(meeting_id="w1", segment_id=0, speaker="Juno Abara", start=0, end=1, quote="x")
    two = [ActionItem(id=f"a{k}", text=f"I'll finish the {what} survey by Friday.", owner="Juno Abara",
                      evidence=[ev], meeting_id="w1") for k, what in enumerate(("cabling", "wifi"))]
    assert answered(two, ctx, {}, set()) == []
    assert [fu.item_id for fu in answered(two[:1], ctx, {}, set())] == ["a0"]


def test_of_two_items_that_fit_as_well_the_one_for_the_person_the_question_names_is_closed() -> None:
    ctx = meeting_context([("Ines Duarte", "Juno, the survey to Omar?"), ("Juno Abara", "Done, Friday.")], PEOPLE,
                          date(2026, 3, 9), mid="w2")
    ev = Evidence(meeting_id="w1", segment_id=0, speaker="Juno Abara", start=0, end=1, quote="x")
    two = [ActionItem(id=f"a{k}", text=f"I'll send {who} the survey by Friday.", owner="Juno Abara", evidence=[ev],
                      meeting_id="w1") for k, who in enumerate(("Ines", "Omar"))]
    assert [fu.item_id for fu in answered(two, ctx, {}, set())] == ["a1"]
    three = [*two, ActionItem(id="a2", text="I'll get the survey over to Omar by Friday.", owner="Juno Abara",
                              evidence=[ev], meeting_id="w1")]
    assert answered(three, ctx, {}, set()) == []  # two items for Omar: still a tie


def test_a_reply_that_goes_on_to_give_a_new_date_is_part_done_not_done() -> None:
    ctx = meeting_context([("Ines Duarte", "Omar, the room labels?"),
                           ("Omar Haddad", "Floor one's done, floor two's done. Floor three is the awkward one. "
                                           "Realistically that's the middle of next week now.")],
                          PEOPLE, date(2026, 3, 9), mid="w2")
    ev = Evidence(meeting_id="w1", segment_id=0, speaker="Omar Haddad", start=0, end=1, quote="x")
    item = ActionItem(id="a0", text="I'll have the room labels up on all three floors by Friday.",
                      owner="Omar Haddad", evidence=[ev], meeting_id="w1")
    assert answered([item], ctx, {}, set()) == []


@pytest.mark.parametrize(("reply", "by_rules_alone"), [("Ah. Yeah. That's going to be Thursday now.", "open"),
                                                       ("Not yet. Realistically Thursday.", "slipped")])
def test_a_later_date_in_the_owners_reply_slips_the_item_asked_about(tracks, reply: str, by_rules_alone: str) -> None:
    week1 = [("Ines Duarte", "Omar, what do you need from the insurer?"),
             ("Omar Haddad", "There's a risk questionnaire, about thirty questions. I'll get that back to them by "
                             "Monday.")]
    week2 = [("Ines Duarte", "Omar, the risk questionnaire?"), ("Omar Haddad", reply)]
    [item] = [i for i in items(tracks[True](week1, week2)) if "back to them" in i.text]
    assert (item.status, item.due) == ("slipped", date(2026, 3, 12))
    [item] = [i for i in items(tracks[False](week1, week2)) if "back to them" in i.text]
    assert item.status == by_rules_alone  # the rules alone miss "That's going to be": it names no work


def test_a_date_restated_unchanged_slips_nothing(tracks) -> None:
    week1 = [("Ines Duarte", "Juno, the cabling survey?"),
             ("Juno Abara", "I'll have the cabling survey finished by the 12th.")]
    week2 = [("Ines Duarte", "Juno, the cabling survey?"), ("Juno Abara", "Still the 12th.")]
    [item] = [i for i in items(tracks[True](week1, week2)) if i.meeting_id == "w1"]
    assert (item.status, item.due) == ("open", date(2026, 3, 12))


@pytest.mark.parametrize(("question", "reply", "done"), [
    ("Wendell, you got the floor plan from Omar?", "Got it, yep, Tuesday afternoon.", True),
    ("Juno, did the survey happen?", "Yeah.", True),
    ("Juno, the survey?", "Yeah.", False),  # being asked, not saying it is done
    ("Juno, the overtime approval?", "Yeah, it's in hand.", False),
    ("And Juno, you were waiting on something from Omar?", "Oh, yeah, about that.", False),
    ("Juno, the survey?", "Survey's done, the report is on the drive.", True),
    ("Juno, the survey?", "It's done. But the report won't be ready till Friday.", False),
])
def test_what_a_reply_to_a_status_question_says(question: str, reply: str, done: bool) -> None:
    ctx = meeting_context([("Ines Duarte", question), ("Juno Abara", reply)], PEOPLE, date(2026, 3, 9))
    [ex] = exchanges(ctx)
    assert (reports_done(ex) is not None) == done


def test_a_question_the_rules_already_matched_to_an_item_closes_no_second_one() -> None:
    ctx = meeting_context([("Ines Duarte", "Juno, the training invites?"),
                           ("Omar Haddad", "I got Juno's invite on Wednesday.")], PEOPLE, date(2026, 3, 9), mid="w2")
    ev = Evidence(meeting_id="w1", segment_id=0, speaker="Juno Abara", start=0, end=1, quote="x")
    invites = ActionItem(id="inv", text="I'll send the training invites to all six schools tomorrow.",
                         owner="Juno Abara", evidence=[ev], meeting_id="w1")
    names = ActionItem(id="names", text="I'll get you the names of who needs training.", owner="Juno Abara",
                       evidence=[ev], meeting_id="w1")
    assert answered([invites, names], ctx, {}, {"inv"}) == []
    assert [fu.item_id for fu in answered([invites, names], ctx, {}, set())] == ["inv"]


def test_one_sentence_reporting_two_pieces_of_work_done_closes_both_items(tracks) -> None:
    week1 = [("Ines Duarte", "Omar, the floor plan for Wendell?"),
             ("Omar Haddad", "I'll send Wendell the floor plan by Friday."),
             ("Ines Duarte", "And Juno, the cabling survey?"),
             ("Juno Abara", "I'll have the cabling survey finished by Friday.")]
    week2 = [("Ines Duarte", "Anything to report?"),
             ("Wendell Price", "I got Omar's floor plan on Tuesday and Juno finished the cabling survey yesterday.")]
    facts = tracks[True](week1, week2)
    assert _statuses(facts, "floor plan") == [("Omar Haddad", "done")]
    assert _statuses(facts, "cabling survey") == [("Juno Abara", "done")]
