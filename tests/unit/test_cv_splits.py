"""Series-to-fold splits for grouped cross-validation, and the mean over several splits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import evals.extraction as extraction
from evals.train_extractor import series_folds


def _meetings(n_series: int, per_series: int = 3) -> list[dict[str, Any]]:
    return [{"series": f"S{s:02d}", "meeting_id": f"S{s:02d}{c}"} for s in range(n_series) for c in "abc"[:per_series]]


def test_seed_zero_deals_the_sorted_series_round_robin():
    folds = series_folds(list(reversed(_meetings(7))), 3)
    assert folds == {f"S{s:02d}": s % 3 for s in range(7)}


def test_a_shuffled_split_keeps_every_series_in_one_fold_with_balanced_fold_sizes():
    ms = _meetings(11)
    folds = series_folds(ms, 5, seed=3)
    assert set(folds) == {m["series"] for m in ms}
    sizes = [list(folds.values()).count(f) for f in range(5)]
    assert max(sizes) - min(sizes) <= 1


def test_different_seeds_give_different_splits_and_the_same_seed_the_same_split():
    ms = _meetings(20)
    assert series_folds(ms, 5, seed=1) == series_folds(ms, 5, seed=1)
    assert len({tuple(sorted(series_folds(ms, 5, seed=s).items())) for s in (0, 1, 2, 3)}) == 4


def test_several_cv_splits_report_the_mean_of_each_score(monkeypatch):
    def fake_cv(train: Path, folds: int = 5, embedder: Any = None, seed: int = 0) -> dict[str, Any]:
        f1 = 0.2 + 0.1 * seed
        return {"action_items": {"precision": 0.5, "recall": 0.6, "f1": 0.55},
                "decisions": {"precision": f1, "recall": f1, "f1": f1}, "meetings": 10, "seed": seed}

    monkeypatch.setattr(extraction, "run_grouped_cv", fake_cv)
    out = extraction.run_grouped_cv_seeds(Path("train.jsonl"), [0, 1, 2])
    assert out["decisions"] == {"precision": 0.3, "recall": 0.3, "f1": 0.3}
    assert out["action_items"]["f1"] == 0.55
    assert [r["seed"] for r in out["runs"]] == [0, 1, 2] and out["seeds"] == [0, 1, 2]
