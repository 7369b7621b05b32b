"""The chair often names a ruling as one aloud instead of using a settling verb: "Okay, that's a decision.",
"That's Marion's ruling.", "Two rulings from Ossie.", "Colm's decided no pilot week". The label settles what is
said next to it (or, when it names the choice itself, its own sentence), and that is recorded as the decision. Who
is said to decide something else ("That's Helen's call, not mine"), personal news ("Sam's decided to leave") and
questions about a ruling are not decisions."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.models import Decision
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

MON = date(2026, 10, 12)


@pytest.fixture(scope="module")
def rules_only(minilm: Any) -> OfflineExtractor:
    # the learned ruling detector off, so that only the rules are measured here
    return OfflineExtractor(embedder=minilm, rulings=False)


def _decided(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[str]:
    facts = extractor.extract(meeting_context(turns, [], MON)).facts
    return [f.text for f in facts if isinstance(f, Decision)]


@pytest.mark.parametrize(("turns", "decision"), [
    ([("Dana Whitfield", "So do the old vouchers come across or not?"),
      ("Ossie Laine", "I'd rather bring the lot, the box office gets asked about them every day."),
      ("Dana Whitfield", "Okay, that's a decision. Vouchers from this year only, the rest honoured on paper. Right, "
                         "the card gateway.")],
     "Vouchers from this year only, the rest honoured on paper."),
    ([("Dana Whitfield", "Do members keep their old numbers?"),
      ("Marion Hale", "They keep them. Nobody's reprinting nine thousand membership cards."),
      ("Dana Whitfield", "That's the decision, I'm writing it down. Member numbers stay. Now the seat maps, Ossie?")],
     "Member numbers stay."),
    ([("Dana Whitfield", "Let me sum up. The box office opens on the new system on Monday the ninth of November, "
                         "with the old one read-only the Friday before. That's Marion's ruling. Ossie sends the "
                         "seat maps on Friday."),
      ("Ossie Laine", "Fine.")],
     "The box office opens on the new system on Monday the ninth of November, with the old one read-only the "
     "Friday before."),
    ([("Dana Whitfield", "Right, summary. Two years of bookings plus every live membership, Marion's ruling. "
                         "Ossie's gateway test moves to Thursday."),
      ("Ossie Laine", "Yep.")],
     "Two years of bookings plus every live membership, Marion's ruling."),
    ([("Dana Whitfield", "Okay, recap. Ossie, the seat maps by the thirtieth. And Colm's decided two things from "
                         "the train. Marion owns the access register, and we pay the gateway fee. Oh, and the rota "
                         "goes out Friday."),
      ("Ossie Laine", "Got it.")],
     "Marion owns the access register, and we pay the gateway fee."),
    ([("Dana Whitfield", "Hi Colm, the quick version. The seat maps are loaded, and Marion's decided no pilot week, "
                         "one dress rehearsal on the Sunday instead."),
      ("Colm Byrne", "Fine by me.")],
     "The seat maps are loaded, and Marion's decided no pilot week, one dress rehearsal on the Sunday instead."),
])
def test_a_ruling_named_aloud_is_recorded_as_the_decision_it_names(
        rules_only: OfflineExtractor, turns: list[tuple[str, str]], decision: str) -> None:
    assert decision in _decided(rules_only, turns)


def test_the_label_is_kept_as_evidence_of_the_ruling_it_counts(rules_only: OfflineExtractor) -> None:
    turns = [("Dana Whitfield", "Okay, let me sum up. Two rulings from Marion. Vouchers stay on paper until "
                                "Easter. And the gateway moves a week. Anything I've missed?"),
             ("Ossie Laine", "No.")]
    facts = rules_only.extract(meeting_context(turns, [], MON)).facts
    [ruling] = [f for f in facts if isinstance(f, Decision) and "Vouchers" in f.text]
    assert ruling.text == "Vouchers stay on paper until Easter."
    assert "Two rulings from Marion." in [e.quote for e in ruling.evidence]


@pytest.mark.parametrize("turns", [
    [("Dana Whitfield", "Who decides how long we keep the old bookings?"),
     ("Ossie Laine", "That's Marion's call, not mine, and it's not one for a Monday morning."),
     ("Dana Whitfield", "Fair enough.")],
    [("Ossie Laine", "Before we start, Sam's decided to leave at Christmas, which nobody saw coming."),
     ("Dana Whitfield", "Oh no, that's a loss.")],
    [("Dana Whitfield", "Is that Marion's ruling, or Colm's?"), ("Ossie Laine", "Marion's, I think.")],
    [("Dana Whitfield", "That's not my decision to make. Colm's the sponsor."), ("Ossie Laine", "Okay.")],
])
def test_a_ruling_named_but_not_made_is_no_decision(rules_only: OfflineExtractor,
                                                    turns: list[tuple[str, str]]) -> None:
    assert _decided(rules_only, turns) == []
