"""Work received from the one spoken to: "Omar, I did get your names, thank you." and "And Juno, we got your list on
Monday" close the one open item of theirs that hands something over, in whatever words it was promised; with
nobody named, "your" is the one whose turn it answers. A message about the work ("your email about the delay") or
work not received closes nothing."""

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

NAMES = ["Ines Duarte", "Omar Haddad", "Juno Abara"]
PEOPLE = [Person(name=n) for n in NAMES]


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, date(2026, 3, 2))


def _w1(facts: list[FactBase]) -> list[tuple[str | None, str]]:
    return [(i.owner, i.status) for i in items(facts) if i.meeting_id == "w1"]


CONCERNS = [("Ines Duarte", "Juno, can the staff side put their concerns in writing?"),
            ("Juno Abara", "Yes, I'll put the staff-side concerns in writing for you by Monday.")]


@pytest.mark.parametrize(("said", "status"), [
    ("And Juno, we got your list on Monday, thank you. It was very clear.", "done"),
    ("Juno, I did get your points, thank you. Very clear.", "done"),
    ("And Juno, we got your email about the delay, thank you. No rush.", "open"),
    ("And Juno, we didn't get your list on Monday, did you send it?", "open"),
])
def test_work_received_from_the_one_named_closes_their_one_handover(track, said: str, status: str) -> None:
    week2 = [("Ines Duarte", said), ("Omar Haddad", "The big one for me was breaks.")]
    assert _w1(track(CONCERNS, week2)) == [("Juno Abara", status)]


def test_with_nobody_named_your_is_the_one_whose_turn_it_answers(track) -> None:
    week1 = [("Ines Duarte", "The field teams need to hear why the move is happening, from the top."),
             ("Omar Haddad", "I'll send a message to all the field teams myself, explaining why we're moving. "
                             "This week.")]
    week2 = [("Omar Haddad", "And before anyone asks, yes, I know. The message."),
             ("Juno Abara", "We got it. The lads got your email on Monday. The one with you in the hard hat.")]
    assert _w1(track(week1, week2)) == [("Omar Haddad", "done")]


def test_of_two_handovers_the_one_the_thing_names_is_closed(track) -> None:
    week1 = [("Ines Duarte", "Omar, the engineers' names for their accounts, and the van list?"),
             ("Omar Haddad", "I'll send you the names of the lads by Monday."),
             ("Omar Haddad", "And I'll email the van registrations over by Friday.")]
    week2 = [("Ines Duarte", "Omar, I did get your names, thank you. Twenty-two of them.")]
    statuses = {("names" in i.text): i.status for i in items(track(week1, week2)) if i.meeting_id == "w1"}
    assert statuses == {True: "done", False: "open"}


def test_did_get_yours_is_a_receipt_not_the_speakers_own_work() -> None:
    report = done_report("Gaz, I did get your names, thank you.")
    assert report is not None and report.doer == "thing" and report.subject.strip() == "your names"
    assert done_report("I did send it on Friday.").doer == "speaker"  # type: ignore[union-attr]
