"""A ban passed on until someone acts is a wait on them: "Mick's told the lads not to log into anything that tracks
them until the union's seen a policy in writing." waits on the union (the blind audit dunmore's B3). So does work
held "till Gordon's read the safety case"."""

from __future__ import annotations

import pytest

from assistant.models import Blocker
from ingest.extraction.offline import OfflineExtractor
from tests.builders import in_room, of


@pytest.mark.parametrize(("said", "party"), [
    ("Mick's told the lads not to log into anything that tracks them until the union's seen a policy in writing.",
     "the union"),
    ("We can't go live till Gordon's read the safety case.", "Gordon"),
    ("Their IT have asked us not to connect anything until the board's reviewed the pen test.", "the board"),
])
def test_a_ban_until_someone_acts_waits_on_them(extractor: OfflineExtractor, said: str, party: str) -> None:
    blockers = of(in_room(extractor, [("Ruth Okoye", "And the union?"), ("Pavel Novak", said),
                                      ("Ruth Okoye", "Okay.")]), Blocker)
    assert [b.waiting_on for b in blockers] == [party]


@pytest.mark.parametrize("said", [
    "I told them not to start until Monday.",  # a date, nobody to wait on
    "I asked Jo not to send it until I've checked it.",  # the speaker's own check
])
def test_a_ban_until_a_date_or_the_speakers_own_step_is_no_blocker(extractor: OfflineExtractor, said: str) -> None:
    assert not of(in_room(extractor, [("Ruth Okoye", "And the rollout?"), ("Pavel Novak", said),
                                      ("Ruth Okoye", "Okay.")]), Blocker)
