"""Follow-ups: what sounds like news of the work but is not the work done (a chase of the one who must do it or of
the people around them, the work passed to someone else, a visit booked, part of it done) leaves the item open, and
work let go in other words ("let that one go", "take X off the list") is dropped (ingest.extraction.followup,
ingest.extraction.rules)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import Blocker, FactBase, Person
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from ingest.extraction.rules import DROP
from tests.builders import action_items as items
from tests.builders import weekly_tracker

NAMES = ["Nora Quinn", "Ben Adler", "Kemi Hart", "Vikram Rao", "Lucy Fenn", "Omar Said"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 10, 5)  # a Monday


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


@pytest.mark.parametrize("reply", [
    "No. I did speak to his PA, she said it's on his desk.",
    "So, actually, I spoke to Omar on Tuesday.",
    "I did ring his office, he says it's with legal.",
])
def test_a_word_with_the_one_who_must_act_or_the_people_around_them_is_not_the_work_done(
    track: Callable[..., list[FactBase]], reply: str
) -> None:
    facts = track(
        [("Kemi Hart", "I'll get the merchant agreement signed by Omar and back to Ben by Friday.")],
        [("Nora Quinn", "Kemi, anything on the merchant agreement?"), ("Kemi Hart", reply)],
    )
    [item] = [i for i in items(facts) if "merchant agreement" in i.text]
    assert item.status != "done"


def test_a_chase_does_not_lift_the_wait_on_the_thing_chased(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "So Lucy's waiting on the merchant agreement.")],
        [("Nora Quinn", "Lucy, the agreement?"), ("Lucy Fenn", "I've emailed him twice.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status != "resolved"


@pytest.mark.parametrize("turns, new_owner", [
    ([("Nora Quinn", "Vikram, did the QA transport go in?"),
      ("Vikram Rao", "Not as far as I know."),
      ("Ben Adler", "So, actually, I spoke to Kemi on Tuesday. She's handed the QA transport to Lucy in her team."),
      ("Ben Adler", "She's picking it up.")], "Lucy Fenn"),
    ([("Nora Quinn", "Kemi, the QA transport?"),
      ("Kemi Hart", "I've passed the QA transport over to Omar. He's picking it up this week.")], "Omar Said"),
])
def test_work_handed_to_someone_on_the_owners_side_changes_owner_and_stays_open(
    track: Callable[..., list[FactBase]], turns: list[tuple[str, str]], new_owner: str
) -> None:
    facts = track([("Kemi Hart", "I'll get the QA transport into the test system by the 5th.")], turns)
    [item] = [i for i in items(facts) if "transport" in i.text and i.meeting_id == "w1"]
    assert item.owner == new_owner and item.status != "done"


def test_handing_a_deliverable_to_the_one_it_was_for_is_no_handover() -> None:
    from ingest.extraction.followup import _HANDED_TO, _ON_THEIR_SIDE

    m = _HANDED_TO.search("I handed the signed form to Lucy on Friday.")
    assert m is not None and not _ON_THEIR_SIDE.match(m.group("after"))


@pytest.mark.parametrize("reply", [
    "So, Kingsmead and Millbrook are done. Harbour Street's about two-thirds.",
    "So, the kit's arrived, I'm booked in for all three this week.",
    "Two sites are done, the third one's still to do.",
])
def test_part_of_the_work_done_or_a_visit_booked_is_not_the_work_done(
    track: Callable[..., list[FactBase]], reply: str
) -> None:
    facts = track(
        [("Ben Adler", "I'll have the access points installed at all three pilot sites by Friday the 9th.")],
        [("Nora Quinn", "Ben, the access points at the pilot sites?"), ("Ben Adler", reply)],
    )
    [item] = [i for i in items(facts) if "access points" in i.text and i.meeting_id == "w1"]
    assert item.status != "done"


def test_part_way_is_read_after_a_report_but_not_from_a_price_or_a_time() -> None:
    assert rules.part_way(", I'm booked in for both this week.")
    assert rules.part_way(" The last one is at 60 percent.")
    assert not rules.part_way(" It's half the price.")
    assert not rules.part_way(" We spent half an hour on it.")
    assert not rules.completed("So, the kit's arrived, I'm booked in for both this week.")
    assert rules.completed("So, Kingsmead and Millbrook are done.")


def test_letting_work_go_in_other_words_is_a_drop() -> None:
    for s in ("Let's let that one go, it'll just confuse things.", "We can let it go.",
              "Okay, I'll take Omar's letter off the list.", "We'll take that off the action log.",
              "Let's not do it.", "Okay, guest Wi-Fi's off then."):
        assert DROP.search(s), s
    for s in ("Let it go through to the next stage.", "I'll let you go.", "Let's not do it now, next week is better.",
              "Take the lid off the box."):
        assert not DROP.search(s), s


def test_the_owners_work_named_by_their_name_is_the_one_let_go(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Omar Said", "I'll write to the union branch secretary about the tracking by Friday."),
         ("Kemi Hart", "And I'll draft a data-use statement for the union by the 16th.")],
        [("Nora Quinn", "Lucy, before, we said Omar was going to write to the branch."),
         ("Lucy Fenn", "Honestly, I think the statement replaces Omar's letter. Let's let that one go."),
         ("Nora Quinn", "Okay, I'll take Omar's letter off the list.")],
    )
    assert [i.status for i in items(facts) if i.owner == "Omar Said"] == ["dropped"]
    assert [i.status for i in items(facts) if "statement" in i.text] == ["open"]
    assert not [i for i in items(facts) if "off the list" in i.text]  # the drop said as a promise: no new work


@pytest.mark.parametrize("call2, new_owner", [
    ([("Nora Quinn", "Kemi, the leave list?"),
      ("Kemi Hart", "I'm drowning with year-end. Can someone else pick it up?"),
      ("Lucy Fenn", "Yeah, I'll take the leave list. Same Friday.")], "Lucy Fenn"),
    ([("Kemi Hart", "Which brings me to the leave list."), ("Nora Quinn", "Go on."),
      ("Kemi Hart", "I'm on the audit all next week. I'm not going to get it done. I'm sorry, I just won't."),
      ("Omar Said", "I'll take it. Same date.")], "Omar Said"),
    ([("Lucy Fenn", "Kemi, do you want me to take the leave list off you as well? I've got a quiet week."),
      ("Kemi Hart", "Would you? Honestly, yes please."),
      ("Lucy Fenn", "Done. I'll still get it out by Friday.")], "Lucy Fenn"),
])
def test_work_the_owner_lets_go_for_someone_to_take_changes_owner(
    track: Callable[..., list[FactBase]], call2: list[tuple[str, str]], new_owner: str
) -> None:
    facts = track([("Kemi Hart", "I'll send Ben the leave list for the ward by Friday.")], call2)
    [item] = [i for i in items(facts) if "leave list" in i.text and i.meeting_id == "w1"]
    assert item.owner == new_owner and item.status != "done"


def test_taking_something_somewhere_for_the_one_who_asked_no_one_is_no_handover(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track([("Kemi Hart", "I'll send Ben the leave list for the ward by Friday.")],
                  [("Nora Quinn", "Kemi, the leave list?"), ("Kemi Hart", "It went on Friday."),
                   ("Lucy Fenn", "I'll take the leave list up to the ward this afternoon.")])
    [item] = [i for i in items(facts) if "leave list" in i.text and i.meeting_id == "w1"]
    assert item.owner == "Kemi Hart"


def test_the_old_owner_saying_where_things_are_after_the_handover_is_not_the_work_done(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track([("Kemi Hart", "I'll get Ben the leave already booked for the ward, December and January, by "
                                 "Friday.")],
                  [("Nora Quinn", "Brilliant. Kemi, the booked leave for the ward?"),
                   ("Kemi Hart", "I'm on nights next week, so I'm not going to get to it. Can someone else pick it up?"),
                   ("Lucy Fenn", "Yeah, I'll take the leave list. Same Friday."),
                   ("Kemi Hart", "Thank you. They're in the blue folder. The second blue folder.")])
    [item] = [i for i in items(facts) if i.meeting_id == "w1"]
    assert item.owner == "Lucy Fenn" and item.status != "done"


def test_an_apology_for_work_left_waiting_is_not_the_work_done() -> None:
    assert not rules.completed("Ah. That's, yes, that's my fault, it's been sitting in my inbox.")
    assert rules.completed("The LLD has been sitting in my inbox since Thursday.")  # what reached the speaker
