"""A wait is often said as what someone else will not do: "Until there's a data-sharing agreement signed, our head
office won't let me send you a single file", "Paysafe won't open the test gateway without a purchase order",
or as what a named person's work needs first: "we need the seat plans signed off before Holly can build anything"
(the blind audits harwick and kirkstall, session 47). Each is a blocker, on the party that holds it back when the
sentence names one, and never on the person who waits. The speaker's own "I won't ... until Friday" and "without a fight" are not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Blocker
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

THU = date(2026, 10, 8)


@pytest.fixture(scope="module")
def extractor(minilm: Any) -> OfflineExtractor:
    return OfflineExtractor(embedder=minilm, rulings=False)


def _blockers(extractor: OfflineExtractor, said: str) -> list[Blocker]:
    turns = [("Dana Whitfield", "Where are we with the card payments?"), ("Ossie Laine", said),
             ("Dana Whitfield", "Okay, noted.")]
    return [f for f in extractor.extract(meeting_context(turns, [], THU)).facts if isinstance(f, Blocker)]


@pytest.mark.parametrize(("said", "party"), [
    ("Until there's a data-sharing agreement signed, our head office won't let me send you a single file.",
     "head office"),
    ("Paysafe won't open the test gateway for us without a purchase order from the trust.", "Paysafe"),
    ("Paysafe will open nothing without a purchase order.", "Paysafe"),
    ("For the box office we need the seat plans for all four venues signed off before Holly can build anything.",
     None),
])
def test_someone_holding_the_work_back_is_a_blocker_on_them(extractor: OfflineExtractor, said: str,
                                                            party: str | None) -> None:
    [blocker] = _blockers(extractor, said)
    assert blocker.evidence[0].quote == said
    if party is None:
        assert "Holly" not in (blocker.waiting_on or "")  # she is the one waiting, not the one waited on
    else:
        assert blocker.waiting_on is not None and party.lower() in blocker.waiting_on.lower()


@pytest.mark.parametrize("said", [
    "I won't send the seat plans until Friday, I want Holly to check them.",
    "We won't go live without a dress rehearsal, that's just sense.",
    "Paysafe won't give it up without a fight, but they always come round.",
])
def test_the_speakers_own_plan_or_a_figure_of_speech_is_no_blocker(extractor: OfflineExtractor, said: str) -> None:
    assert _blockers(extractor, said) == []


# The same refusal said the other way round, "<party> won't X until Y" (the blind audit wetherby, session 49).
@pytest.mark.parametrize(("said", "party"), [
    ("And just so everybody knows why it matters, Tillway won't issue the live merchant ID until that form's signed.",
     "Tillway"),
    ("Paysafe won't even book the engineer until the purchase order's raised.", "Paysafe"),
    ("Only that Paycorra won't even book the terminals until the agreement's signed.", "Paycorra"),
])
def test_a_party_that_wont_act_until_something_is_done_is_a_blocker_on_them(extractor: OfflineExtractor, said: str,
                                                                            party: str) -> None:
    [blocker] = _blockers(extractor, said)
    assert blocker.evidence[0].quote == said
    assert blocker.waiting_on is not None and party.lower() in blocker.waiting_on.lower()


@pytest.mark.parametrize("said", [
    "The DPIA won't be signed till the nineteenth, the maps aren't complete.",
    "We won't go live until the training's done, that's just sense.",
    "Paysafe won't start the build until we've tested it ourselves.",
    # who "they" are is left to the turns before, which named the one who chased them (the tuned audit scarisbrick)
    "He chased them, and they won't give anybody an API key until there's a data sharing agreement signed.",
])
def test_a_date_our_own_step_or_a_they_after_until_is_no_new_blocker(extractor: OfflineExtractor, said: str) -> None:
    assert _blockers(extractor, said) == []
