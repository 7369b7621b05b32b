"""The learned ruling detector: is this sentence a decision said as a ruling or a summing-up?

On unseen status calls (the blind audits) most decisions are not said with "let's", "we'll go with" or "agreed",
which the turn classifier (trained on AMI) and the decision rules read. They are a senior person's ruling after a
discussion ("No. We do a full count, the weekend before go-live.", "Right. Parking pays for them out of the
reserve, and we're not extending anything with Ventra.", "Visitor permits are virtual, full stop.") or the chair
summing up ("So Bushra signs off the data migration, with Fran doing the checks."). This model scores each
sentence from its MiniLM embedding, those of the sentences around it (the last of the turn before, the first of
the turn after) and a few lexical cues, with a logistic regression trained on the audit engagements' gold
decisions (evals/train_rulings.py, which also picks the threshold by leave-one-engagement-out cross-validation).
It only adds: a ruling at least two turns away from every decision the rules and the turn classifier found.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ingest.extraction import rules

MODEL = Path(__file__).with_name("model") / "rulings.json"
DIM = 384  # MiniLM

_OPENERS = ("so", "then", "right", "okay", "ok", "no", "fine", "agreed", "yes", "good", "well", "and", "but")
_ASSENT = re.compile(r"^\W*(?:fine|okay|ok|agreed|yes|yeah|good|great|perfect|that works|right|sure|lovely|brilliant|"
                     r"done|deal)\b", re.IGNORECASE)
_DATE_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|"
                        r"august|september|october|november|december|\d+(?:st|nd|rd|th)|first|second|third|fourth|"
                        r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|"
                        r"twenty-\w+)\b", re.IGNORECASE)
_CUES = [
    re.compile(r"\bi(?:'ll| will| am going to|'m going to)\b", re.IGNORECASE),  # a promise, not a ruling
    re.compile(r"\bwe\b", re.IGNORECASE),
    re.compile(r"\b(?:not|no more|never|nothing)\b|n't\b", re.IGNORECASE),
    _DATE_WORD,
    re.compile(r"\b(?:decided|agreed|decision|call|ruling|final|full stop|settled)\b", re.IGNORECASE),
    re.compile(r"\b(?:i think|maybe|perhaps|could|might|would)\b", re.IGNORECASE),  # hedged
    re.compile(r"\blet's\b", re.IGNORECASE),
]
_PLAN_VERB = re.compile(r"\b(?:stays?|goes|go live|is|are|moves?|keeps?)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|did|had|went)\b", re.IGNORECASE)
N_LEXICAL = len(_OPENERS) + 1 + len(_CUES) + 8
FEATURES = 3 * DIM + N_LEXICAL


def lexical(text: str, first_in_turn: bool, prev_turn: str, next_turn: str, turn: str) -> np.ndarray:
    """The sentence's cues: its opening word, a question, a promise, "we", a negation, a date, a settling word, a
    hedge, "let's", where it sits, whether a question came before it and assent after it, lengths, tense."""
    low = text.lower().strip()
    first = re.match(r"\W*([a-z']+)", low)
    word = first.group(1) if first else ""
    f: list[float] = [word == w for w in _OPENERS]
    f.append(text.rstrip().endswith("?"))
    f += [bool(rx.search(low)) for rx in _CUES]
    f += [first_in_turn, prev_turn.rstrip().endswith("?"), bool(_ASSENT.match(next_turn)),
          bool(_CUES[0].search(next_turn)), min(len(text.split()), 40) / 40, min(len(turn.split()), 120) / 120,
          bool(_PLAN_VERB.search(low)), bool(_PAST.search(low))]
    return np.asarray(f, dtype=np.float32)


def candidate(text: str) -> bool:
    """Sentences read at all: a statement of two to sixty words (questions and long monologues decide nothing
    here, and leaving them out keeps the embedding pass small)."""
    n = len(text.split())
    return 2 <= n <= 60 and not rules.is_question(text)


def sentence_spans(texts: Sequence[str], sents: Sequence[Sequence[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Each turn's sentences, the whole turn when it has none."""
    return [list(s) or [(0, len(t))] for t, s in zip(texts, sents, strict=True)]


def features(
    texts: Sequence[str],
    spans: Sequence[Sequence[tuple[int, int]]],
    embed: Callable[[list[str]], Any],
) -> tuple[list[tuple[int, int, int]], np.ndarray]:
    """(turn, start, end) of every candidate sentence and its feature rows."""
    keys = [(i, a, b) for i, sp in enumerate(spans) for a, b in sp if candidate(texts[i][a:b])]
    if not keys:
        return [], np.zeros((0, FEATURES), dtype=np.float32)

    def last(i: int) -> str:
        return texts[i][slice(*spans[i][-1])] if 0 <= i < len(texts) else ""

    def first(i: int) -> str:
        return texts[i][slice(*spans[i][0])] if 0 <= i < len(texts) else ""

    wanted = list(dict.fromkeys(t for i, a, b in keys for t in (texts[i][a:b], last(i - 1), first(i + 1)) if t))
    vecs = np.asarray(embed(wanted), dtype=np.float32)
    at = {t: vecs[k] for k, t in enumerate(wanted)}
    zero = np.zeros(DIM, dtype=np.float32)
    rows = []
    for i, a, b in keys:
        s, before, after = texts[i][a:b], last(i - 1), first(i + 1)
        lex = lexical(s, (a, b) == spans[i][0], texts[i - 1] if i else "",
                      texts[i + 1] if i + 1 < len(texts) else "", texts[i])
        rows.append(np.concatenate([at[s], at.get(before, zero), at.get(after, zero), lex]))
    return keys, np.vstack(rows)


@functools.lru_cache(maxsize=2)
def load(path: str = str(MODEL)) -> dict[str, Any] | None:
    p = Path(path)
    return json.loads(p.read_text()) if p.exists() else None


def probabilities(x: np.ndarray, model: dict[str, Any]) -> np.ndarray:
    z = x @ np.asarray(model["w"], dtype=np.float32) + float(model["b"])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def rulings(
    texts: Sequence[str],
    sents: Sequence[Sequence[tuple[int, int]]],
    embed: Callable[[list[str]], Any],
    taken: set[int],
    model: dict[str, Any] | None = None,
    threshold: float | None = None,
) -> list[tuple[int, int, int, float]]:
    """(turn, start, end, probability) of the rulings to add: the best sentence of each turn that clears the
    threshold, at least two turns from a turn in ``taken`` (the decisions already found) and from each other."""
    model = model if model is not None else load()
    if not model or not texts:
        return []
    keys, x = features(texts, sentence_spans(texts, sents), embed)
    if not keys:
        return []
    return select(keys, probabilities(x, model), float(model["threshold"] if threshold is None else threshold),
                  taken)


def select(keys: Sequence[tuple[int, int, int]], p: np.ndarray, cut: float,
           taken: set[int]) -> list[tuple[int, int, int, float]]:
    """The sentences from ``cut`` up, best first, each at least two turns from the turns in ``taken`` and from
    each other (a ruling is said once; the turns around a found decision are its discussion)."""
    out: list[tuple[int, int, int, float]] = []
    near = set(taken)
    for k in np.argsort(-p, kind="stable"):
        if p[k] < cut:
            break
        i, a, b = keys[k]
        if any(abs(i - j) <= 1 for j in near):
            continue
        near.add(i)
        out.append((i, a, b, float(p[k])))
    return sorted(out)


__all__ = ["FEATURES", "MODEL", "features", "lexical", "load", "probabilities", "rulings", "select"]
