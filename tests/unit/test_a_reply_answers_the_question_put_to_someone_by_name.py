"""A reply answers the question just put to someone by name, not the turn before it: "Kerensa, I think your room list
came in, didn't it?" - "It did, the day after." is about the room list, so it does not lift the open wait on Paycorra
that the turn before the question spoke of (the tuned audit penhallow, session 49). A question that names the party
itself still ties the reply to it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Blocker, Person
from ingest.extraction.offline import OfflineExtractor
from tests.builders import weekly_tracker

PEOPLE = [Person(name=n) for n in ("Hannah Lister", "Martin Hocking", "Kerensa Polglase", "Tomasz Wilk")]
TUE = date(2026, 10, 13)
WEEK1 = [("Hannah Lister", "Okay, quick round of anything else. Martin?"),
         ("Martin Hocking", "Only that Paycorra won't even book the terminals until the agreement's signed."),
         ("Hannah Lister", "Understood.")]


@pytest.mark.parametrize(("question", "status"), [
    ("Kerensa, I think your room list came in, didn't it?", "open"),
    ("Martin, did Paycorra book them in the end?", "resolved"),
])
def test_a_pronoun_reply_lifts_only_what_the_question_put_to_someone_is_about(
        minilm_extractor: OfflineExtractor, minilm: Any, question: str, status: str) -> None:
    week2 = [("Hannah Lister", "And once the agreement's signed, what are Paycorra saying about terminals?"),
             ("Martin Hocking", "Paycorra have said they'll get the terminals to us by the sixth of November."),
             ("Hannah Lister", question),
             ("Tomasz Wilk", "It did, the day after. All thirty-four rooms are built in test."),
             ("Kerensa Polglase", "Lovely.")]
    [wait] = [f for f in weekly_tracker(minilm_extractor, minilm, PEOPLE, TUE)(WEEK1, week2) if isinstance(f, Blocker)]
    assert wait.waiting_on == "Paycorra"
    assert wait.status == status
