"""The learned commitment filter: is this action item, said like a promise, really one?

The rules read "I'll ..." and the turn classifier reads what AMI calls an action item, so asides said in the
future tense come out as action items too: "I'll tell them it's a festive colour.", "Because Gillian will ask me.",
"Megan, tell me straight.", "I'll tell him." On the blind audit engagements these were the largest share of the
spurious items. This model scores each open action item from the MiniLM embedding of its text and a few flags
(a due date, an owner, the speaker being the owner, a first-person future, "I'll tell ...", a question, length, the
extractor's own confidence), with a logistic regression trained on the audit engagements' extracted items labelled
by whether they match a gold commitment (evals/train_commitments.py, which also picks the threshold by grouped
cross-validation).

It removes nothing. An item below the threshold is marked ``doubtful``: it stays in the store, quoted, where Ask
and the "check these" list of the detailed status report show it, but it is not counted as a commitment (next
steps, overdue, the schedule) until the PM confirms it, as an offer is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ingest.extraction import rulings
from ingest.extraction.rulings import probabilities

MODEL = Path(__file__).with_name("model") / "commitments.json"
DIM = 384  # MiniLM

_TELL = re.compile(r"\bI'll (?:tell|believe|let)\b")
_FUTURE = re.compile(r"\b(?:I'll|I will|we'll|we will|I'm going to)\b", re.IGNORECASE)
N_FLAGS = 9
FEATURES = DIM + N_FLAGS


def flags(text: str, owner: str | None, speaker: str, has_due: bool, conditional: bool,
          confidence: float) -> np.ndarray:
    """The item's cues besides its wording: due date, owner, offer, the extractor's confidence, "I'll tell ...", a
    question, length, the speaker owning it, a first-person future."""
    return np.asarray([has_due, owner is not None, conditional, confidence, bool(_TELL.search(text)), "?" in text,
                       len(text.split()) / 30, speaker == (owner or ""), bool(_FUTURE.search(text))],
                      dtype=np.float64)


def features(rows: Sequence[tuple[str, np.ndarray]], embed: Callable[[list[str]], Any]) -> np.ndarray:
    """Feature rows of (item text, its flags): the text's embedding, then the flags."""
    if not rows:
        return np.zeros((0, FEATURES))
    vecs = np.asarray(embed([t for t, _ in rows]), dtype=np.float64)
    return np.hstack([vecs, np.vstack([f for _, f in rows])])


def load(path: str = str(MODEL)) -> dict[str, Any] | None:
    """The model JSON (read once), or None when it is not shipped."""
    return rulings.load(path)  # the ruling detector's reader: cached JSON of numpy weights


def doubtful(rows: Sequence[tuple[str, np.ndarray]], embed: Callable[[list[str]], Any],
             model: dict[str, Any] | None = None, threshold: float | None = None) -> list[bool]:
    """For each (text, flags) row: is it below the model's threshold (doubtful as a commitment)?"""
    model = model if model is not None else load()
    if not model or not rows:
        return [False] * len(rows)
    p = probabilities(features(rows, embed), model)
    cut = float(model["threshold"] if threshold is None else threshold)
    return [bool(v < cut) for v in p]


__all__ = ["FEATURES", "MODEL", "doubtful", "features", "flags", "load", "probabilities"]
