"""Fit the dense query adapter (``assistant.retrieval.QueryAdapter``) on QMSum train.

    python -m evals.train_query_adapter --dataset /work/shared/data/qmsum/train.jsonl --cache train.npz
        [--out assistant/assets/retrieval/query_adapter.npz] [--lam 0.03] [--tau 0.1] [--rank 16] [--folds 0]

Each specific query is a list-wise example within its own meeting: the chunks (the eval's 5-turn windows,
vectors pooled from the cached turn vectors) and which of them hold relevant turns. A full correction matrix
A (q -> q + A q) is fitted by L-BFGS to maximise the softmax probability (temperature ``tau`` over cosines)
of the relevant chunks, with an L2 penalty ``lam`` on A; the shipped adapter is its best rank-``rank``
approximation. ``--folds n`` instead reports, for a grouped split of the meetings into n folds, hybrid
hit@1 / hit@5 / span recall@5 of the shipped retriever with and without an adapter fitted on the other folds.
Deterministic: the fit starts from A = 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.engines.base import Embedder
from assistant.retrieval import (
    QUERY_ADAPTER_FILE,
    Chunk,
    FusionWeights,
    HybridRetriever,
    QueryAdapter,
    chunk_turns,
    clean_text,
)
from evals.retrieval import (
    DOMAINS,
    TurnVectors,
    _empty_counts,
    _finish,
    _Meeting,
    _score,
    chunk_vectors,
    load_meetings,
)

LAM = 0.03
TAU = 0.1
RANK = 16
MAX_ITER = 200


@dataclass
class Example:
    """One query: its meeting's chunk vectors (n x dim), its own vector and which chunks are relevant."""

    chunks: np.ndarray
    query: np.ndarray
    relevant: np.ndarray  # bool, n


def fit_adapter_matrix(
    examples: Sequence[Example], lam: float = LAM, tau: float = TAU, max_iter: int = MAX_ITER
) -> np.ndarray:
    """The dim x dim matrix A minimising mean -log P(relevant | q + A q) + lam/2 |A|^2 (list-wise softmax)."""
    from scipy.optimize import minimize

    usable = [e for e in examples if e.relevant.any()]
    if not usable:
        raise ValueError("no query with a relevant chunk to learn from")
    dim = len(usable[0].query)
    n = len(usable)
    data = [(e.chunks.astype(np.float64), e.query.astype(np.float64), e.relevant) for e in usable]

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        a = flat.reshape(dim, dim)
        total = 0.0
        grad = np.zeros((dim, dim))
        for c, q, rel in data:
            s = c @ (q + a @ q) / tau
            e = np.exp(s - s.max())
            z = e.sum()
            ep = e * rel
            zp = ep.sum()
            total -= float(np.log(zp / z))
            grad += np.outer(c.T @ ((e / z - ep / zp) / tau), q)
        return total / n + lam * float(flat @ flat) / 2, grad.ravel() / n + lam * flat

    res = minimize(loss, np.zeros(dim * dim), jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    return np.asarray(res.x).reshape(dim, dim)


def _examples(
    meetings: Sequence[_Meeting], embedder: Embedder, tv: TurnVectors
) -> list[tuple[_Meeting, list[Chunk], np.ndarray, list[Example]]]:
    texts = [clean_text(t) or "." for mt in meetings for _, t in mt.turns]
    tv.ensure(texts)
    queries = [clean_text(q) for mt in meetings for q, _ in mt.queries]
    qvecs = dict(zip(queries, embedder.embed(queries), strict=True)) if queries else {}
    out = []
    for mt in meetings:
        if not mt.queries:
            continue
        chunks = chunk_turns(mt.turns)
        vecs = chunk_vectors(chunks, [clean_text(t) or "." for _, t in mt.turns], tv)
        exs = []
        for query, rel in mt.queries:
            relevant = np.array([bool(set(range(c.start, c.end + 1)) & rel) for c in chunks])
            exs.append(Example(vecs, np.asarray(qvecs[clean_text(query)], dtype=np.float32), relevant))
        out.append((mt, chunks, vecs, exs))
    return out


def cross_validate(
    meetings: Sequence[_Meeting],
    embedder: Embedder,
    tv: TurnVectors,
    folds: int,
    *,
    lam: float = LAM,
    tau: float = TAU,
    rank: int = RANK,
) -> list[dict[str, dict[str, float]]]:
    """Per fold (meeting i goes to fold i % folds): hybrid metrics of the held-out meetings without and with
    an adapter fitted on the other folds."""
    built = _examples(meetings, embedder, tv)
    fold_of = {id(mt): i % folds for i, mt in enumerate(meetings)}
    results = []
    for f in range(folds):
        train = [e for mt, _, _, exs in built if fold_of[id(mt)] != f for e in exs]
        adapter = QueryAdapter.from_matrix(embedder.name, fit_adapter_matrix(train, lam, tau), rank)
        row = {}
        for name, adapt in (("without", None), ("with", adapter)):
            sums = {d: _empty_counts() for d in ("all", *DOMAINS)}
            for mt, chunks, vecs, _ in built:
                if fold_of[id(mt)] != f:
                    continue
                r = HybridRetriever(embedder, FusionWeights()).index(chunks, vectors=vecs)
                r.adapter = adapt
                for query, rel in mt.queries:
                    _score(sums, mt.domain, [h.passage for h in r.search(query, 5)], rel)  # type: ignore[misc]
            row[name] = _finish({"hybrid": sums})["hybrid"]
        results.append(row)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m evals.train_query_adapter", description=__doc__.split("\n\n")[0]
    )
    p.add_argument("--dataset", type=Path, required=True, help="QMSum train JSONL")
    p.add_argument("--cache", type=Path, default=None, help="optional .npz of cached turn embeddings")
    p.add_argument("--out", type=Path, default=QUERY_ADAPTER_FILE)
    p.add_argument("--lam", type=float, default=LAM)
    p.add_argument("--tau", type=float, default=TAU)
    p.add_argument("--rank", type=int, default=RANK)
    p.add_argument("--folds", type=int, default=0, help="report a grouped n-fold check instead of writing")
    a = p.parse_args(argv)
    from assistant.engines.embedder import MiniLMEmbedder
    from assistant.settings import EmbeddingSettings

    embedder = MiniLMEmbedder(EmbeddingSettings(batch_size=64, max_tokens=256))
    meetings = load_meetings(a.dataset)
    tv = TurnVectors(embedder, a.cache)
    if a.folds:
        rows = cross_validate(meetings, embedder, tv, a.folds, lam=a.lam, tau=a.tau, rank=a.rank)
        for f, row in enumerate(rows):
            print(f"fold {f}: " + "  ".join(f"{k} {_triple(row[k])}" for k in ("without", "with")))
        return 0
    examples = [e for _, _, _, exs in _examples(meetings, embedder, tv) for e in exs]
    adapter = QueryAdapter.from_matrix(embedder.name, fit_adapter_matrix(examples, a.lam, a.tau), a.rank)
    adapter.save(a.out)
    print(
        f"wrote {a.out}: {adapter.dim} x {adapter.down.shape[1]} from {len(examples)} queries",
        file=sys.stderr,
    )
    return 0


def _triple(r: dict[str, float]) -> str:
    return f"{r['hit_at_1']:.3f}/{r['hit_at_5']:.3f}/{r['span_recall_at_5']:.3f} (n={r['queries']})"


if __name__ == "__main__":
    raise SystemExit(main())
