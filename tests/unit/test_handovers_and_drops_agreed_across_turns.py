"""Work handed over or let go in an exchange of turns across weekly calls: the owner or the PM asks someone to take
it and they say yes, someone offers to take it and the owner says yes, the room lets it go in answer to a question
naming the owner's work (ingest.extraction.followup, assistant.tracking)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from ingest.extraction.offline import OfflineExtractor
from ingest.extraction.rules import DROP
from tests.builders import action_items as items
from tests.builders import weekly_tracker

NAMES = ["Nora Quinn", "Ben Adler", "Kemi Hart", "Lucy Fenn", "Omar Said"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 10, 5)  # a Monday; the second call is Monday the 12th
CODE_LIST = ("Kemi Hart", "I'll send you our test code list by Friday.")


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


@pytest.mark.parametrize("call2, due", [
    # the owner asks, the one asked says yes and gives the date
    ([("Nora Quinn", "Kemi, the code list?"),
      ("Kemi Hart", "Ugh. I've got half of it. Look, Lucy, can you take the code list off me? You've done most of it."),
      ("Lucy Fenn", "Yeah, I'll do it. I'll have it to Nora by Friday.")], date(2026, 10, 16)),
    # the PM asks on the owner's behalf
    ([("Nora Quinn", "Lucy, can you take the code list off Kemi? She's at the audit all week."),
      ("Lucy Fenn", "Yeah, fine.")], date(2026, 10, 9)),
    # the new owner offers, the owner says yes, the new owner gives the date in the next turn
    ([("Nora Quinn", "Kemi, the code list?"),
      ("Kemi Hart", "Ah. So. It's nearly there, I just need to check the last ones, it's been a horrible week."),
      ("Lucy Fenn", "Kemi, let me take it. I've got half of it from the old system anyway."),
      ("Kemi Hart", "Would you? You're a star."),
      ("Lucy Fenn", "I'll have it done by Friday. The sixteenth.")], date(2026, 10, 16)),
    ([("Nora Quinn", "Kemi, the code list?"),
      ("Kemi Hart", "Not yet, sorry, it's been mad."),
      ("Lucy Fenn", "I can take that off you if you like."),
      ("Kemi Hart", "Oh, yes please.")], date(2026, 10, 9)),
])
def test_work_asked_or_offered_away_and_agreed_changes_owner_and_takes_the_new_owners_date(
    track: Callable[..., list[FactBase]], call2: list[tuple[str, str]], due: date
) -> None:
    facts = track([CODE_LIST], call2)
    [item] = [i for i in items(facts) if i.meeting_id == "w1"]
    assert item.owner == "Lucy Fenn" and item.due == due
    assert [e.changes.get("owner_from") for e in item.history if e.changes.get("owner")] == ["Kemi Hart"]
    assert not [i for i in items(facts) if i.meeting_id == "w2" and i.owner == "Lucy Fenn"]  # not a second item


@pytest.mark.parametrize("call2", [
    [("Nora Quinn", "Kemi, the code list?"), ("Lucy Fenn", "Let me take a look at what's left of the code list."),
     ("Kemi Hart", "Sure.")],
    [("Kemi Hart", "Lucy, can you take the code list off me?"), ("Lucy Fenn", "Sorry, I can't this week.")],
    [("Kemi Hart", "Lucy, can you take the code list off me?"), ("Nora Quinn", "Let's talk about it after the call.")],
    [("Nora Quinn", "Lucy, can you take notes on the code list today?"), ("Lucy Fenn", "Sure.")],
    [("Lucy Fenn", "I can take that off you if you like, Kemi."), ("Kemi Hart", "No, I'm nearly there.")],
    [("Nora Quinn", "Kemi, the code list?"), ("Kemi Hart", "Nearly. I'll have it by Friday."),
     ("Nora Quinn", "Lucy, the screenshots?"), ("Lucy Fenn", "I'll do it on my lunch break."), ("Kemi Hart", "Thanks.")],
])
def test_an_offer_or_ask_to_take_it_that_is_not_agreed_or_hands_nothing_over_leaves_the_owner(
    track: Callable[..., list[FactBase]], call2: list[tuple[str, str]]
) -> None:
    facts = track([CODE_LIST], call2)
    [item] = [i for i in items(facts) if i.meeting_id == "w1"]
    assert item.owner == "Kemi Hart"


def test_a_drop_answering_a_question_that_names_the_owners_work_drops_that_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll do the hazard log this week, I've got a free afternoon Thursday."), CODE_LIST],
        [("Nora Quinn", "Kemi's hazard log. Lucy, do you know anything about that?"),
         ("Lucy Fenn", "Yes, so, actually, the safety officer is doing the whole hazard log centrally now."),
         ("Nora Quinn", "Okay, so we take that off Kemi's list?"),
         ("Lucy Fenn", "Yes, drop it. It'll come from the safety officer."),
         ("Nora Quinn", "Okay, dropped. And the consultants?")],
    )
    assert [i.status for i in items(facts) if "hazard" in i.text and i.meeting_id == "w1"] == ["dropped"]
    assert [i.status for i in items(facts) if "code list" in i.text] == ["open"]


def test_letting_work_go_as_not_needed_any_more_crossed_off_or_a_bare_dropped_is_a_drop() -> None:
    for s in ("The SMS test isn't needed any more.", "We won't need the SMS test after all.",
              "We don't need the teletext anymore.", "Cross that one off.", "Strike it off the list.",
              "Okay, dropped.", "Fine, parked.", "Consider it dropped.", "Let's bin that.",
              "Take that off Cormac's list.", "Let's put the SMS test on hold.", "Let's not bother."):
        assert DROP.search(s), s
    for s in ("It isn't needed until March.", "We don't need it till March.", "We don't need a meeting for that.",
              "The price dropped.", "The call dropped twice.", "We're on hold with the helpdesk.",
              "Cross off the days you're away.", "I dropped it round on Monday."):
        assert not DROP.search(s), s


def test_a_drop_of_other_work_the_question_names_by_the_owners_name_leaves_their_one_open_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll put a note out to all the drivers myself, explaining what it's for, by the 9th.")],
        [("Nora Quinn", "Thanks. Okay, Kemi's toolbox talk on Friday, the 16th."),
         ("Ben Adler", "Not happening. Her PA rang me yesterday, she's cancelled it. No new date.")],
    )
    assert [i.status for i in items(facts) if "note" in i.text] == ["open"]


@pytest.mark.parametrize("reply, status, due", [
    ("I'll aim for the 27th still.", "open", date(2026, 10, 27)),  # the same date: a restatement
    ("Realistically the 30th now, I'll aim for that.", "slipped", date(2026, 10, 30)),
])
def test_only_a_date_in_the_owners_words_answering_a_prompt_naming_the_item_is_that_item_not_a_new_one(
    track: Callable[..., list[FactBase]], reply: str, status: str, due: date
) -> None:
    facts = track([("Kemi Hart", "I'll have the pricing model to Ben by the 27th.")],
                  [("Nora Quinn", "Kemi, pricing model?"), ("Kemi Hart", reply)])
    [item] = items(facts)
    assert item.meeting_id == "w1" and item.status == status and item.due == due


def test_a_restated_promise_in_the_items_own_words_answering_a_prompt_naming_it_slips_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "We'll need two consultants for UAT. Kemi?"),
         ("Kemi Hart", "Leave that with me. I'll find you two of my consultants, I'll have names for you by Friday.")],
        [("Nora Quinn", "Kemi, the consultants?"), ("Kemi Hart", "Still on it.")],
        [("Nora Quinn", "Kemi, while I've got you, the two consultants for UAT. We asked in the first call."),
         ("Kemi Hart", "Oh, the consultants, yes. Yes. I'll email you two names tonight.")],
    )
    [item] = items(facts)
    assert item.meeting_id == "w1" and item.status == "slipped" and item.due == date(2026, 10, 19)


@pytest.mark.parametrize("call2", [
    [("Nora Quinn", "Kemi, anything else?"), ("Kemi Hart", "I'll aim for the 30th still.")],
    [("Ben Adler", "We could move the date. Or we could hold our nerve."),
     ("Kemi Hart", "Let's give him till Friday to sign, and we'll make the call next week.")],
    [("Nora Quinn", "Kemi, for the two UAT consultants, can you also send their availability by Friday?"),
     ("Kemi Hart", "Yes, I'll send their availability tonight.")],
])
def test_a_dated_promise_answering_another_prompt_or_naming_new_work_is_a_new_item(
    track: Callable[..., list[FactBase]], call2: list[tuple[str, str]]
) -> None:
    facts = track([("Kemi Hart", "Leave that with me. I'll find you two UAT consultants, names by Friday the 9th."),
                   ("Kemi Hart", "I'll send the project plan round this afternoon with the pilot dates in.")], call2)
    assert all(i.status == "open" for i in items(facts) if i.meeting_id == "w1")


def test_a_slip_said_with_an_apology_leaves_no_second_item_without_an_owner(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll write up the go-live readiness checklist and circulate it by Monday.")],
        [("Nora Quinn", "Kemi, the readiness checklist?"),
         ("Kemi Hart", "I haven't got it out, that's my fault. I'll have it to everyone by Thursday.")],
    )
    [item] = items(facts)
    assert item.meeting_id == "w1" and item.status == "slipped" and item.due == date(2026, 10, 15)


def test_the_date_the_taker_gives_right_after_taking_the_work_is_the_items_and_no_new_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll have the training plan to you by the 27th.")],
        [("Nora Quinn", "Lucy, the training plan, still the 27th?"),
         ("Lucy Fenn", "So, um, I'm on leave from Thursday for a week. So I won't get to the training plan."),
         ("Nora Quinn", "Oh, okay. Omar, could you take the training plan?"),
         ("Omar Said", "Yes, I'll take it. I'll aim for the 27th still.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Omar Said"]
    assert item.meeting_id == "w1" and item.due == date(2026, 10, 27)


def test_work_with_no_date_handed_over_takes_the_date_the_new_owner_gives(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Kemi's going to draft the parent letter for the app."), ("Kemi Hart", "Am I? Okay. Fine.")],
        [("Lucy Fenn", "Kemi, do you want me to take the parent letter off you?"),
         ("Kemi Hart", "Would you? Honestly, yes please."),
         ("Lucy Fenn", "Done. I'll still get it out by Friday.")],
    )
    [item] = [i for i in items(facts) if "parent letter" in i.text]
    assert item.owner == "Lucy Fenn" and item.due == date(2026, 10, 16)
