"""A wait said not to be there is no blocker ("We're not waiting on Cartwright, it's the valves"); "No X, no Y" is a
gate, and a request to tell the room something now is no action item."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import ActionItem, Blocker, Person
from ingest.extraction import rules
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

PEOPLE = [Person(name=n) for n in ("Hannah Okafor", "Gary Lumb", "Neil Garside", "Tom Ashdown", "Owen Faulkner")]


def facts(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list:
    return list(extractor.extract(meeting_context(turns, PEOPLE, date(2026, 10, 20))).facts)


@pytest.mark.parametrize("sentence", [
    "We're not waiting on Cartwright, it's the valves that are the problem.",
    "Nothing is blocked on our side.",
    "It's not blocked by the firewall team, it's the licence.",
    "We aren't waiting for Cartwright to do anything.",
])
def test_a_wait_said_not_to_be_there_is_no_open_blocker(extractor: OfflineExtractor, sentence: str) -> None:
    found = [f for f in facts(extractor, [("Gary Lumb", sentence)]) if isinstance(f, Blocker) and f.status == "open"]
    assert found == []


@pytest.mark.parametrize(("sentence", "denied"), [
    ("We're not waiting on Cartwright, it's the valves.", True),
    ("Nothing is blocked on our side.", True),
    ("I'm not blocked, but Bethan is waiting on the firewall team.", False),  # another wait, said
    ("We can't start the pilot until the union signs.", False),
    ("We're waiting on Cartwright.", False),
])
def test_a_denied_wait_is_one_with_no_other_wait_said(sentence: str, denied: bool) -> None:
    assert rules.wait_denied(sentence) is denied


def test_a_wait_denied_beside_another_wait_keeps_the_other(extractor: OfflineExtractor) -> None:
    found = [f for f in facts(extractor, [("Tom Ashdown", "I'm not blocked, but Bethan is waiting on the firewall team.")])
             if isinstance(f, Blocker) and f.status == "open"]
    assert len(found) == 1


@pytest.mark.parametrize(("sentence", "gate"), [
    ("No agreement, no tracking.", True),
    ("So no pen test, no network.", True),
    ("No rush, no worries.", False),
    ("No pain, no gain.", False),
])
def test_no_x_no_y_is_a_gate(extractor: OfflineExtractor, sentence: str, gate: bool) -> None:
    turns = [("Neil Garside", "The union won't budge on this one."), ("Neil Garside", sentence)]
    found = [f for f in facts(extractor, turns) if isinstance(f, Blocker)]
    assert bool(found) is gate


@pytest.mark.parametrize("asked", [
    "Owen, do you want to say where the build is?",
    "Owen, do you want to take us through the Harrow and Finch side?",
])
def test_a_request_to_tell_the_room_something_now_is_no_action_item(extractor: OfflineExtractor, asked: str) -> None:
    found = facts(extractor, [("Hannah Okafor", asked),
                              ("Owen Faulkner", "Sure. The patterns are built, the rules are half done.")])
    assert [f for f in found if isinstance(f, ActionItem)] == []
