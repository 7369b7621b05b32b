"""Blockers that the tuned audits showed merged or left open wrongly (brackenridge, brightwater). A wait said in
the same call that lifted an older wait on the same party is a second blocker, not the old one again. "Waiting on
the PGP key from Ferrosys" waits on Ferrosys, not on the key. The party's own work reported done lifts its one
wait on that work, even when a single word is all the two share ("until I've got a logon" and "a logon to your
sandbox"). Work that shares no word with a wait lifts nothing. What the speaker waited for arriving ("The sample
extract landed on Friday.") is no work of the speaker's own: it lifts the wait on the party it came from."""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.models import Blocker, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items, weekly_tracker

MON = date(2026, 10, 5)
PEOPLE = [Person(name="Nadia Osei", side="vendor"), Person(name="Karl Brenner", side="vendor"),
          Person(name="Stefan Vogel", side="customer")]


def tracked(extractor: OfflineExtractor, minilm: Any, *calls: list[tuple[str, str]]) -> list[Any]:
    return weekly_tracker(extractor, minilm, PEOPLE, MON)(*calls)


def blockers(facts: list[Any]) -> list[Blocker]:
    return [f for f in facts if isinstance(f, Blocker)]


SAMPLE_WAIT = [("Nadia Osei", "Karl, the trial load?"),
               ("Karl Brenner", "We can't start the trial load until we get the sample extract from Ferrosys."),
               ("Nadia Osei", "Okay, noted.")]


def test_a_wait_on_a_thing_from_an_organisation_waits_on_the_organisation(minilm_extractor: OfflineExtractor,
                                                                         minilm: Any) -> None:
    [b] = blockers(tracked(minilm_extractor, minilm, [
        ("Nadia Osei", "Karl, the decryption?"),
        ("Karl Brenner", "We're stuck on decrypting the file, still waiting on the PGP key from Ferrosys."),
        ("Nadia Osei", "Okay.")]))
    assert b.waiting_on == "Ferrosys"


def test_a_new_wait_in_the_call_that_lifted_the_old_one_is_a_second_blocker(minilm_extractor: OfflineExtractor,
                                                                           minilm: Any) -> None:
    bs = blockers(tracked(minilm_extractor, minilm, SAMPLE_WAIT, [
        ("Nadia Osei", "Karl, the sample extract?"),
        ("Karl Brenner", "The sample extract landed on Friday. But we're stuck on decrypting the file, still waiting on the "
                         "PGP key from Ferrosys."),
        ("Nadia Osei", "Right, I'll chase them.")]))
    assert sorted((b.status, b.meeting_id) for b in bs) == [("open", "w2"), ("resolved", "w1")]


def test_a_wait_said_again_in_a_later_call_without_a_lift_stays_one_blocker(minilm_extractor: OfflineExtractor,
                                                                          minilm: Any) -> None:
    [b] = blockers(tracked(minilm_extractor, minilm, SAMPLE_WAIT, [
        ("Nadia Osei", "Karl, the trial load?"),
        ("Karl Brenner", "Still can't start the trial load, still waiting on the sample extract from Ferrosys."),
        ("Nadia Osei", "Right, I'll chase them.")]))
    assert (b.status, len({e.meeting_id for e in b.evidence})) == ("open", 2)


LOGON_WEEK1 = [
    ("Nadia Osei", "Stefan, can you get Karl a logon to the sandbox by Wednesday?"),
    ("Stefan Vogel", "Yes, I'll sort that by Wednesday."),
    ("Karl Brenner", "Good, because I'm dead in the water on the SAP side until I've got a logon."),
    ("Stefan Vogel", "I know. Wednesday."),
    ("Nadia Osei", "Thanks."),
]
LOGON_DONE = [
    ("Nadia Osei", "Karl, did you get into the sandbox in the end?"),
    ("Karl Brenner", "Yes, finally, I got in Tuesday. Thank you Stefan. I've pulled real work orders now."),
    ("Nadia Osei", "Amazing."),
]


def test_the_partys_work_done_lifts_its_one_wait_on_that_work(minilm_extractor: OfflineExtractor,
                                                             minilm: Any) -> None:
    facts = tracked(minilm_extractor, minilm, LOGON_WEEK1, LOGON_DONE)
    [item] = [a for a in action_items(facts) if a.owner == "Stefan Vogel"]
    [b] = blockers(facts)
    assert (item.status, b.waiting_on, b.status) == ("done", "Stefan Vogel", "resolved")


def test_the_partys_work_done_lifts_no_wait_on_other_work(minilm_extractor: OfflineExtractor, minilm: Any) -> None:
    week1 = [*LOGON_WEEK1[:4], ("Karl Brenner", "And the label printers can't go in until Stefan signs the order."),
             ("Nadia Osei", "Noted.")]
    facts = tracked(minilm_extractor, minilm, week1, LOGON_DONE)
    assert [(b.waiting_on, b.status) for b in blockers(facts) if "printers" in b.text] == [("Stefan Vogel", "open")]
