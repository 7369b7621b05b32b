"""Completion across meetings: an open item reported done in a later call is closed at that call, in the words
people use for it (another person of the owner's side did it, the one asked about it by name did it, the thing
itself arrived), and a step towards it, an intention or an idle thing is not its completion
(ingest.extraction.followup, assistant.tracking)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, FactBase, Person
from assistant.tracking import is_completion
from ingest.extraction import rules
from ingest.extraction.followup import Utterance, _assign, _Candidate, done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import fact, weekly_tracker

NAMES = ["Nora Quinn", "Ben Adler", "Kemi Hart", "Vikram Rao", "Lucy Fenn", "Omar Said"]
PEOPLE = [*(Person(name=n) for n in NAMES), Person(name="network team", kind="team")]
WEEK1 = date(2026, 10, 5)  # a Monday


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


def done_at(item: ActionItem) -> list[str | None]:
    return [e.meeting_id for e in item.history if e.event == "done"]


def test_the_owner_saying_a_colleague_did_the_work_closes_the_owners_item(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Ben, can you pull together the supplier contact sheet by Friday?"),
         ("Ben Adler", "Yes, I'll pull together the supplier contact sheet by Friday.")],
        [("Nora Quinn", "Ben, the contact sheet?"),
         ("Ben Adler", "Kemi sent the contact sheet round on Wednesday, before I'd even asked.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Ben Adler"]
    assert item.status == "done" and done_at(item) == ["w2"]


def test_the_person_asked_by_name_about_the_work_reporting_it_done_closes_the_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Who's writing the training slides?"),
         ("Ben Adler", "I'll get a first draft of the training slides to you by Friday the 9th.")],
        [("Nora Quinn", "Good. And the training slides, Lucy?"),
         ("Lucy Fenn", "Done. I shared them on Friday afternoon, they're in the project folder.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Ben Adler"]
    assert done_at(item) == ["w2"]


def test_a_thing_named_at_the_start_of_the_sentence_is_the_thing_not_a_person(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "Omar, can you send the licence keys across today?"),
         ("Omar Said", "Will do, by tomorrow at the latest.")],
        [("Nora Quinn", "Lucy, the licences?"),
         ("Lucy Fenn", "Keys came through Thursday. All activated, no problems.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Omar Said"]
    assert done_at(item) == ["w2"]


def test_a_step_followed_by_the_work_still_pending_does_not_close_the_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Vikram Rao", "We'll get the billing extract over to you by the end of next week.")],
        [("Nora Quinn", "Vikram, the extract?"),
         ("Vikram Rao", "So the export job ran fine on Tuesday. The file's there. It's sitting with our data "
                        "governance people for release, I'm chasing it every day.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Vikram Rao"]
    assert item.status != "done" and not done_at(item)


@pytest.mark.parametrize("turn, pending", [
    (" It's sitting with our internal approvals.", True),
    (" They're still saying the 25th.", True),
    (" I'm chasing it every day.", True),
    (" Still waiting on the key, mind.", False),   # another thing, named: not a pronoun for the work
    (" It went live on Friday.", False),
    (" It's still with procurement, they're saying maybe Friday.", True),
    (" It went live, they're saying it's fine.", False),
])
def test_the_rest_of_a_turn_saying_it_is_still_to_come(turn: str, pending: bool) -> None:
    assert rules.still_pending(turn) is pending


@pytest.mark.parametrize("sentence", [
    "I'm off on leave from Saturday, so I'm aiming to get the rates signed before I go, Friday.",
    "I can't build the mapping until I've got the extract from Ben, so that's just sat there.",
    "It's been sat in the change queue since Monday.",
    "So let's cut the meeting there.",
    "Sixteen of the twenty are across and checked.",   # part of it
    "I've sent two of the three files over.",
])
def test_intentions_idle_things_and_parts_are_not_reports_of_work_done(sentence: str) -> None:
    assert done_report(sentence) is None


def test_an_intention_is_not_a_completion_of_the_item_it_names() -> None:
    aim = ActionItem(text="So I'm aiming to get the thresholds signed before I go, Friday.", owner="Kemi Hart")
    assert not is_completion(aim)


@pytest.mark.parametrize("sentence, subject", [
    ("The mock data's in the test tenant, it went in yesterday.", "The mock data"),
    ("The cutover runbook, from me, landed with you all last Thursday.", "The cutover runbook"),
    ("Item master's loaded, no rejects.", "Item master"),
])
def test_a_thing_in_its_environment_named_before_an_aside_or_without_an_article_is_reported_done(sentence: str, subject: str) -> None:
    report = done_report(sentence)
    assert report is not None and report.doer == "thing" and report.subject.strip() == subject


def test_a_sentence_about_as_close_to_two_items_goes_to_the_speakers_own_not_the_named_persons() -> None:
    # "The course list went to Ben on Wednesday", said by Kemi: Kemi's course list, not Ben's migration it names
    said = Utterance(segment_id=3, speaker="Kemi Hart", start=0.0, end=4.0, prompt=None, opens_turn=False,
                     text="The course list went to Ben on Wednesday, cleaned up.")
    kemis = fact(ActionItem(text="I'll send the course list export by Friday.", owner="Kemi Hart", meeting_id="w1"))
    bens = fact(ActionItem(text="We'll have the first twenty courses migrated by the 13th.", owner="Ben Adler",
                           meeting_id="w1"))
    cands = [_Candidate(bens, said, "done", None, 0.86, "Ben did it"),
             _Candidate(kemis, said, "done", None, 0.85, "reported done", own=True)]
    assert [fu.item_id for fu in _assign(cands, "w2")] == [kemis.id]
    cands[1].own = False
    assert _assign(cands, "w2") == []  # neither said by its owner: too close to call


def test_steps_done_but_the_work_itself_not_possible_yet_do_not_close_the_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Ben Adler", "I'll have the screen pop working in dev by the twenty-third.")],
        [("Nora Quinn", "Ben, how's the screen pop going?"),
         ("Ben Adler", "I've got the docs, I've got the dev org set up, but without the key I can't actually "
                       "call anything.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Ben Adler"]
    assert item.status != "done"
