"""The learned follow-up linker: what it adds to the rules, what it leaves alone, and how it is trained."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Person
from evals.train_linker import bag_scores, train_event
from ingest.extraction import linker
from ingest.extraction.followup import follow_up_for
from tests.builders import ev, fact, meeting_context

PEOPLE = [Person(name=n) for n in ("Rohan Mehta", "Shona Gallacher", "Declan Price", "Bethan Lloyd")]
CALL5 = date(2026, 11, 30)


def sandbox_item() -> ActionItem:
    quote = "I'll need Declan to approve it, but you'll have sandbox credentials by the end of next week."
    item = ActionItem(text=quote, owner="Shona Gallacher", due=date(2026, 11, 20), meeting_id="c3",
                      evidence=[ev("c3", 4, "Shona Gallacher", quote)])
    return fact(item)  # type: ignore[return-value]


CALL5_FILE = Path(__file__).resolve().parents[2] / "evals" / "data" / "audits" / "oakhurst" / "calls" / "call-5.txt"


def call5() -> list[tuple[str, str]]:
    from ingest.formats import parse_transcript

    return [(seg.speaker, seg.text) for seg in parse_transcript(CALL5_FILE).segments]


def test_the_linker_reads_an_item_done_from_a_report_in_a_real_call(minilm: MiniLMEmbedder) -> None:
    # Oakhurst call 5: the owner reports the thing arrived through other people's actions ("The change board
    # approved it on the 25th, and Declan issued the sandbox credentials on Friday."). The rules now read its
    # second clause as Declan doing it for her; given no rule event, the trained model reads the item done too.
    item = sandbox_item()
    ctx = meeting_context(call5(), PEOPLE, CALL5, mid="c5")
    finder = follow_up_for(ctx, minilm, learned=False)
    assert [f.event for f in finder([item], {item.id: item.due})] == ["done"]
    # (the shipped threshold, 0.99 since the rules close more, keeps it for the surest; this one scores 0.96)
    model = {**(linker.load() or {})}  # a copy: load() is cached, and other tests need the shipped threshold
    model["done"] = {**model["done"], "threshold": 0.9}
    with_model = linker.link([item], {item.id: item.due}, ctx, finder.similarity, [],  # type: ignore[attr-defined]
                             model=model)
    assert [f.event for f in with_model] == ["done"]
    assert "Declan issued the sandbox credentials" in with_model[0].evidence[0].quote
    assert with_model[0].reason.startswith("learned linker")


def test_the_linker_adds_nothing_for_a_meeting_that_does_not_speak_of_the_item(minilm: MiniLMEmbedder) -> None:
    item = sandbox_item()
    ctx = meeting_context([("Rohan Mehta", "The enquiry form is live on the website."),
                           ("Bethan Lloyd", "I sent the agent rota round on Tuesday.")], PEOPLE, CALL5, mid="c5")
    assert follow_up_for(ctx, minilm)([item], {item.id: item.due}) == []


def test_without_a_model_file_the_linker_returns_the_rules_answer_unchanged(minilm: MiniLMEmbedder,
                                                                           tmp_path: Path) -> None:
    item = sandbox_item()
    ctx = meeting_context(call5(), PEOPLE, CALL5, mid="c5")
    model = linker.load(str(tmp_path / "missing.json"))
    assert model is None
    out = linker.link([item], {item.id: item.due}, ctx, lambda a, b: np.zeros((len(a), len(b))), [], model={})
    assert out == []


def test_the_shipped_model_matches_the_features_the_code_computes() -> None:
    model = json.loads(linker.MODEL.read_text())
    assert model["features"] == linker.FEATURES
    for event in ("done", "slipped"):
        assert len(model[event]["w"]) == len(linker.FEATURES)
        assert 0.5 <= model[event]["threshold"] <= 1.01
    assert "threshold" in model["cv"] and model["cv"]["with_model"]["false_done"] <= model["cv"]["rules"]["false_done"]


def _bag(gold: str, signal_at: int | None, rng: np.random.Generator, audit: str = "a") -> dict[str, object]:
    x = rng.normal(0, 0.3, (12, len(linker.FEATURES))).astype(np.float32)
    if signal_at is not None:
        x[signal_at, linker.FEATURES.index("report_x_cos")] = 3.0
    return {"audit": audit, "gold": gold, "rules": "none", "x": x, "has_date": np.ones(12, dtype=bool)}


@pytest.mark.parametrize("seed", [0, 1])
def test_multiple_instance_training_finds_the_one_sentence_that_carries_the_event(seed: int) -> None:
    # each positive bag has one sentence with the signal, at a random place; negatives have none
    rng = np.random.default_rng(seed)
    pos = [_bag("done", int(rng.integers(12)), rng) for _ in range(30)]
    neg = [_bag("none", None, rng) for _ in range(60)]
    model = train_event(pos + neg, "done")
    assert model["w"][linker.FEATURES.index("report_x_cos")] > 1.0
    held_pos = [_bag("done", 3, rng) for _ in range(10)]
    held_neg = [_bag("none", None, rng) for _ in range(10)]
    scores = bag_scores(held_pos + held_neg, model, "done")
    assert scores[:10].min() > scores[10:].max()
