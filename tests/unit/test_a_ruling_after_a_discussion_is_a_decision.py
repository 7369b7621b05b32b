"""Decisions said as a senior person's ruling ("No. No more paper permits. Visitor permits are virtual from go-live,
full stop.") carry none of the words the decision rules read ("let's", "we'll go with", "agreed"). The learned
ruling detector (ingest.extraction.rulings, trained on the audit engagements by evals/train_rulings.py) adds them,
with the ruling sentence as evidence; it adds nothing next to a decision already found, nothing for a welcome or an
anecdote, and nothing when it is switched off or the embedder is not the one it was trained with."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.container import build_services
from assistant.engines.embedder import HashEmbedder
from assistant.models import Decision
from assistant.settings import Settings
from ingest.extraction import rulings
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context

THU = date(2026, 10, 8)
PERMITS = [("Donna Pickles", "Can we keep the paper permits for the over-seventies?"),
           ("Sandra Mistry", "No. No more paper permits. Visitor permits are virtual from go-live, full stop."),
           ("Donna Pickles", "Fine. I'll tell them it was you."),
           ("Rachel Imrie", "Moving on.")]


def _decisions(extractor: OfflineExtractor, turns: list[tuple[str, str]]) -> list[Decision]:
    facts = extractor.extract(meeting_context(turns, [], THU)).facts
    return [f for f in facts if isinstance(f, Decision)]


def test_a_ruling_on_a_refused_request_is_recorded_with_its_sentence_as_evidence(
        minilm_extractor: OfflineExtractor) -> None:
    found = _decisions(minilm_extractor, PERMITS)
    assert [(d.text, d.evidence[0].speaker, d.evidence[0].quote) for d in found] == [
        ("Visitor permits are virtual from go-live, full stop.", "Sandra Mistry",
         "Visitor permits are virtual from go-live, full stop.")]


@pytest.mark.parametrize("turns", [
    [("Rachel Imrie", "So, welcome to the first weekly status call for the rollout."), ("Graham Holt", "Morning all."),
     ("Rachel Imrie", "Let's go round the table. Lee?"),
     ("Lee Haworth", "Nothing from me this week, the lads are flat out.")],
    [("Lee Haworth", "We had a supplier once who sent us forty handhelds with the wrong chargers."),
     ("Graham Holt", "That was a fun week."), ("Rachel Imrie", "Okay. Anything else?")],
])
def test_a_welcome_or_an_anecdote_is_no_decision(minilm_extractor: OfflineExtractor,
                                                 turns: list[tuple[str, str]]) -> None:
    assert _decisions(minilm_extractor, turns) == []


def test_the_detector_is_off_when_switched_off_or_without_the_embedder_it_was_trained_with(minilm: Any) -> None:
    assert _decisions(OfflineExtractor(embedder=minilm, rulings=False), PERMITS) == []
    assert _decisions(OfflineExtractor(embedder=HashEmbedder()), PERMITS) == []


def test_the_setting_reaches_the_extractor(tmp_path: Path) -> None:
    assert build_services(Settings(profile="test", data_dir=tmp_path)).offline_extractor.rulings is True
    off = Settings(profile="test", data_dir=tmp_path, extraction={"learned_rulings": False})
    assert build_services(off).offline_extractor.rulings is False


def test_a_ruling_is_kept_two_turns_from_a_decision_found_and_from_another_ruling() -> None:
    keys = [(0, 0, 5), (3, 0, 5), (4, 0, 5), (4, 6, 9), (7, 0, 5), (9, 0, 5)]
    p = np.array([0.95, 0.99, 0.97, 0.96, 0.91, 0.5])
    # turn 0 is near the decision found at turn 1; turns 3 and 4 are one discussion, the better is kept; turn 9 is
    # below the cut
    assert [k[:3] for k in rulings.select(keys, p, 0.9, taken={1})] == [(3, 0, 5), (7, 0, 5)]


def test_the_shipped_model_names_its_embedder_training_set_and_threshold() -> None:
    model = rulings.load()
    assert model is not None and model["embedder"] == "minilm-l6-int8"
    assert len(model["w"]) == rulings.FEATURES
    assert 0.5 <= model["threshold"] <= 1.0
    # the two blind audits written after it was trained stay out of it
    assert not {"harwick", "kirkstall"} & set(model["trained_on"])
