"""The same person, short forms either way round, is one check for everything that asks it: who answered, who
received the work, who came to the call. A count short of all of them is counted in number words only, the same way
wherever it is read: "Done, fifteen of them." is part of the work, "Quality of the data is fixed" counts nothing, and
"four hundred" is a number, not a verb that reports work done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Evidence, FactBase, Person
from assistant.tracking import same_person
from ingest.extraction import rules
from ingest.extraction.exchanges import answered
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Ines Duarte", "Omar Haddad", "Juno Abara", "Alex Grant"]
PEOPLE = [Person(name=n) for n in NAMES]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Liz Kerr", "Elizabeth", True),  # the speaker by a short form, the item by the full name
    ("Elizabeth Kerr", "Liz", True),
    ("Alexander", "Alex Grant", True),
    ("Jo Bell", "John", False),
    ("Omar Haddad", "Juno Abara", False),
    ("Omar Haddad", None, False),
])
def test_the_same_person_is_a_match_or_a_short_form_either_way_round(a: str, b: str | None, same: bool) -> None:
    assert same_person(a, b) is same and same_person(b, a) is same


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 3, 2))


def test_someone_asked_along_by_their_full_name_has_come_when_they_speak_by_their_short_one(track) -> None:
    week1 = [("Ines Duarte", "We need someone from facilities on these calls."),
             ("Juno Abara", "I'll ask Alexander to come along next time, he runs the estates desk.")]
    week2 = [("Ines Duarte", "Morning. A new voice today?"),
             ("Alex Grant", "Hi, yes. Alex Grant, I look after the estates desk for the depots."),
             ("Ines Duarte", "Welcome, Alex.")]
    [item] = [i for i in items(track(week1, week2)) if "come along" in i.text]
    assert item.status == "done" and item.history[-1].evidence[0].speaker == "Alex Grant"


def _closed(reply: str) -> list[str]:
    ev = Evidence(meeting_id="w1", segment_id=0, speaker="Juno Abara", start=0, end=1, quote="x")
    item = ActionItem(id="a0", text="I'll have the twenty depot surveys done by Friday week.", owner="Juno Abara",
                      evidence=[ev], meeting_id="w1")
    ctx = meeting_context([("Ines Duarte", "Juno, the depot surveys?"), ("Juno Abara", reply)], PEOPLE,
                          date(2026, 3, 9), mid="w2")
    return [fu.event for fu in answered([item], ctx, {}, set())]


@pytest.mark.parametrize(("reply", "events"), [
    ("Done, fifteen of them.", []),
    ("Done, twelve of those.", []),
    ("Done, all twenty of them.", ["done"]),
    ("Done, all of them.", ["done"]),
])
def test_done_for_a_count_of_them_past_ten_is_not_all_of_them(reply: str, events: list[str]) -> None:
    assert _closed(reply) == events


@pytest.mark.parametrize(("sentence", "done"), [
    ("Quality of the data is fixed now.", True),  # "-ty of the" is no number
    ("Thirty of the laptops are imaged.", False),
    ("Twenty-two of the kiosks are imaged.", False),
    ("Fifteen of them are done.", False),
])
def test_only_number_words_count_the_items_short_of_all_of_them(sentence: str, done: bool) -> None:
    assert rules.completed(sentence) is done



def test_a_number_ending_in_ed_is_no_report_of_work_done() -> None:
    assert done_report("So the list's nearly there, it's about four hundred and ten people.") is None
    assert done_report("We loaded two hundred on Monday.") is not None
