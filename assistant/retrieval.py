"""Hybrid passage retrieval: Okapi BM25 (sparse matrix) + dense cosine (embedding matrix), fused.

Everything that does not depend on the query is computed once in ``index``: the BM25 term weights as a CSR
matrix (docs x vocabulary) and the passage embeddings as a float32 matrix, so a query costs one sparse
column gather, one small matrix-vector product and one query embedding (passed through a learned low-rank
``QueryAdapter`` when one was trained for the embedder).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from assistant.engines.base import Embedder

Mode = Literal["hybrid", "lexical", "dense"]

# QMSum/AMI/ICSI transcripts carry annotation tags such as {vocalsound} and {disfmarker}.
_TAG = re.compile(r"\{[a-z_]+\}", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
_SPACE_PUNCT = re.compile(r"\s+([,.?!;:'])")

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "didn",
        "do",
        "does",
        "doesn",
        "doing",
        "don",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "isn",
        "it",
        "its",
        "itself",
        "just",
        "let",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "re",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "wasn",
        "we",
        "were",
        "weren",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "won",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "ll",
        "ve",
        "d",
        "s",
        "t",
        "m",
        "um",
        "uh",
        "mm",
        "hmm",
        "mhm",
        "yeah",
        "okay",
        "ok",
        "oh",
        "ah",
        "yep",
        "huh",
        "eh",
        "like",
        "gonna",
        "wanna",
        "kinda",
        "sort",
        "actually",
        "really",
        "well",
        "right",
        "so",
        "just",
        "thing",
        "things",
        "know",
        "mean",
        "think",
        "go",
        "get",
        "got",
    ]
)

# Words that shape a question but say nothing about its topic ("Summarize the discussion about X").
QUERY_STOPWORDS = frozenset(
    [
        "summarize",
        "summarise",
        "summary",
        "discuss",
        "discussion",
        "discussed",
        "discussing",
        "talk",
        "talked",
        "talking",
        "say",
        "said",
        "says",
        "think",
        "thought",
        "opinion",
        "opinions",
        "group",
        "team",
        "meeting",
        "meetings",
        "happen",
        "happened",
        "mention",
        "mentioned",
        "regard",
        "regarding",
        "conclusion",
        "conclude",
        "concluded",
        "overall",
        "whole",
        "tell",
        "describe",
        "explain",
        "reason",
        "reasons",
        "speak",
        "spoke",
        "state",
        "stated",
        "view",
        "views",
        "idea",
        "ideas",
        "point",
        "points",
        "main",
    ]
)


def clean_text(text: str) -> str:
    """Drop annotation tags and QMSum's space-before-punctuation."""
    text = _TAG.sub(" ", text)
    text = _SPACE_PUNCT.sub(r"\1", text)
    return " ".join(text.split())


_SUFFIXES = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ements", ""),
    ("ement", ""),
    ("ments", ""),
    ("ment", ""),
    ("ities", ""),
    ("ity", ""),
    ("ness", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ingly", ""),
    ("edly", ""),
    ("ing", ""),
    ("ly", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)


def stem(word: str) -> str:
    """A light suffix stripper (plurals, -ing, -ed, -ly, -ation...): 'approvals', 'approved' -> 'approv'."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            if suffix == "es" and not word.endswith(("sses", "shes", "ches", "xes", "zes")):
                continue
            word = word[: len(word) - len(suffix)] + repl
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    # planned -> plann -> plan
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    return word


def tokenize(text: str, *, extra_stopwords: frozenset[str] = frozenset()) -> list[str]:
    """Lowercase, strip tags, drop stopwords, stem."""
    words = _WORD.findall(_TAG.sub(" ", text.lower()))
    return [stem(w) for w in words if w not in STOPWORDS and w not in extra_stopwords]


def query_tokens(query: str) -> list[str]:
    tokens = tokenize(query, extra_stopwords=QUERY_STOPWORDS)
    # A question made only of template words still needs something to match.
    return tokens or tokenize(query)


# --------------------------------------------------------------------------- passages and chunks


@dataclass
class Passage:
    """A searchable unit. ``speakers`` lists the speaker of each turn it holds (for speaker-aware queries)."""

    id: str
    text: str
    speakers: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Chunk(Passage):
    """Consecutive transcript turns ``start``..``end`` (inclusive turn indices)."""

    start: int = 0
    end: int = 0


class _TurnLike(Protocol):
    speaker: str
    text: str


# Chunking: one definition for the app's engagement index and the QMSum eval. Chunks hold ``CHUNK_SIZE``
# turns and consecutive chunks share ``CHUNK_OVERLAP``. Content-balanced chunks (``backchannel_words`` set)
# were tried and are off: backchannel turns ("Yeah.", "Mm-hmm.", "{vocalsound}": at most that many words left
# after stopwords) then do not count toward a chunk's size, so chunks in chatty stretches hold more turns and
# chunks in dense stretches fewer. The budget of counted turns is the meeting's share of counted turns times
# ``CHUNK_SIZE`` times ``_BUDGET_SCALE`` (calibrated so QMSum train chunks average 5.0 turns), which keeps
# every meeting at about ``CHUNK_SIZE`` turns per chunk. Train gained about a point, val lost 3 points of
# hit@5 (evals/retrieval.py, fifth round).
CHUNK_SIZE = 5
CHUNK_OVERLAP = 2
BACKCHANNEL_WORDS: int | None = None  # the default: fixed windows
BALANCED_BACKCHANNEL_WORDS = 1  # the content-balanced setting that was tried
MAX_CHUNK_TURNS = 12  # longest content-balanced chunk
_BUDGET_SCALE = 0.88


def chunk_turns(
    turns: Sequence[tuple[str, str]] | Sequence[_TurnLike],
    size: int = CHUNK_SIZE,
    overlap: int = CHUNK_OVERLAP,
    *,
    backchannel_words: int | None = BACKCHANNEL_WORDS,
    max_turns: int = MAX_CHUNK_TURNS,
    id_prefix: str = "",
    speakers_in_text: bool = True,
    metadata: dict[str, Any] | None = None,
) -> list[Chunk]:
    """Consecutive, overlapping windows of turns that together cover every turn; the last one ends the meeting.

    With ``backchannel_words`` None (the default): windows of ``size`` turns sharing ``overlap`` (the last may be
    shorter). Otherwise content-balanced windows (see ``CHUNK_SIZE`` above) of at most ``max_turns`` turns.
    """
    if size < 1 or not 0 <= overlap < size:
        raise ValueError(f"chunk size {size} and overlap {overlap}: need size >= 1 and 0 <= overlap < size")
    pairs = [(t[0], t[1]) if isinstance(t, tuple) else (t.speaker, t.text) for t in turns]
    if not pairs:
        return []
    bodies = [clean_text(txt) for _, txt in pairs]
    counted = [1.0] * len(pairs)
    budget = float(size)
    if backchannel_words is not None:
        counted = [float(len(tokenize(b)) > backchannel_words) for b in bodies]
        share = sum(counted) / len(counted)
        if share > 0:
            budget = _BUDGET_SCALE * size * share
        else:  # nothing but backchannels: plain windows
            counted = [1.0] * len(pairs)
    chunks = []
    for start, end in _windows(counted, budget, budget * overlap / size, max(max_turns, size)):
        lines = [
            f"{spk}: {body}" if speakers_in_text and spk else body
            for (spk, _), body in zip(pairs[start : end + 1], bodies[start : end + 1], strict=True)
        ]
        chunks.append(
            Chunk(
                id=f"{id_prefix}{start}-{end}",
                text="\n".join(lines),
                speakers=[spk for spk, _ in pairs[start : end + 1]],
                metadata=dict(metadata or {}),
                start=start,
                end=end,
            )
        )
    return chunks


def _windows(weights: Sequence[float], size: float, overlap: float, max_turns: int) -> list[tuple[int, int]]:
    """(start, end) windows: each grows until its weight reaches ``size`` (or ``max_turns`` turns); the next
    starts where the weight since this start reaches ``size - overlap`` (and at most the same share of this
    window's turns in). With unit weights: windows of ``size`` turns sharing ``overlap``."""
    eps = 1e-9
    n = len(weights)
    out: list[tuple[int, int]] = []
    start = 0
    while n:
        acc, end = weights[start], start
        while acc < size - eps and end - start + 1 < max_turns and end < n - 1:
            end += 1
            acc += weights[end]
        out.append((start, end))
        if end == n - 1:
            break
        acc, nxt = 0.0, start
        while nxt <= end:
            acc += weights[nxt]
            nxt += 1
            if acc >= size - overlap - eps:
                break
        length = end - start + 1
        start = max(min(nxt, start + max(1, round(length * (1 - overlap / size)))), start + 1)
    return out


def pooled_chunk_vectors(
    chunks: Sequence[Chunk], turn_vectors: np.ndarray, turn_texts: Sequence[str]
) -> np.ndarray:
    """Chunk vectors as the mean of their turns' vectors, weighted by sqrt(word count), L2-normalised.

    Each turn is embedded once however many overlapping chunks hold it; the weighting keeps one-word turns
    ("Yeah.") from diluting the substantive ones.
    """
    dim = turn_vectors.shape[1] if turn_vectors.ndim == 2 else 0
    weights = np.sqrt(np.maximum([len(t.split()) for t in turn_texts], 1)).astype(np.float32)
    out = np.zeros((len(chunks), dim), dtype=np.float32)
    for row, ch in enumerate(chunks):
        acc = (turn_vectors[ch.start : ch.end + 1] * weights[ch.start : ch.end + 1, None]).sum(axis=0)
        out[row] = acc / max(float(np.linalg.norm(acc)), 1e-12)
    return out


# --------------------------------------------------------------------------- BM25


class BM25:
    """Okapi BM25 with precomputed per-(doc, term) weights in a CSR matrix."""

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        self.k1 = k1
        self.b = b
        self.vocab: dict[str, int] = {}
        self.matrix: Any = None  # scipy.sparse.csc_matrix, docs x terms
        self.rows: Any = None  # the same weights as csr
        self.terms: list[str] = []
        self.n_docs = 0

    def fit(self, docs: Sequence[Sequence[str]]) -> BM25:
        from scipy import sparse

        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        lengths = np.zeros(len(docs), dtype=np.float64)
        for i, doc in enumerate(docs):
            lengths[i] = len(doc)
            counts: dict[int, int] = {}
            for tok in doc:
                j = self.vocab.setdefault(tok, len(self.vocab))
                counts[j] = counts.get(j, 0) + 1
            rows.extend([i] * len(counts))
            cols.extend(counts)
            vals.extend(counts.values())
        self.n_docs = len(docs)
        tf = sparse.csr_matrix(
            (np.asarray(vals, dtype=np.float64), (rows, cols)), shape=(len(docs), max(len(self.vocab), 1))
        )
        avgdl = float(lengths.mean()) if len(docs) and lengths.mean() > 0 else 1.0
        df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float64)
        idf = np.log1p((self.n_docs - df + 0.5) / (df + 0.5))
        norm = self.k1 * (1.0 - self.b + self.b * lengths / avgdl)
        data = tf.data.copy()
        row_of = np.repeat(np.arange(len(docs)), np.diff(tf.indptr))
        data = data * (self.k1 + 1.0) / (data + norm[row_of]) * idf[tf.indices]
        weighted = sparse.csr_matrix((data, tf.indices, tf.indptr), shape=tf.shape)
        self.rows = weighted  # docs x terms, row-major: a document's salient terms (feedback expansion)
        self.matrix = weighted.tocsc()
        self.terms = list(self.vocab)
        return self

    def weighted_scores(self, weights: dict[int, float]) -> np.ndarray:
        """Scores for a query given as {term column: weight}."""
        out = np.zeros(self.n_docs, dtype=np.float64)
        m = self.matrix
        if m is None:
            return out
        for j, w in weights.items():
            lo, hi = m.indptr[j], m.indptr[j + 1]
            out[m.indices[lo:hi]] += w * m.data[lo:hi]
        return out

    def feedback_terms(self, docs: Sequence[int], n_terms: int, exclude: set[int]) -> dict[int, float]:
        """RM3-style expansion: the terms with the largest summed BM25 weight over ``docs``, as weights 0..1."""
        if self.rows is None or not len(docs) or n_terms <= 0:
            return {}
        acc: dict[int, float] = {}
        r = self.rows
        for d in docs:
            lo, hi = r.indptr[d], r.indptr[d + 1]
            for j, w in zip(r.indices[lo:hi].tolist(), r.data[lo:hi].tolist(), strict=True):
                if j not in exclude:
                    acc[j] = acc.get(j, 0.0) + w
        top = sorted(acc.items(), key=lambda x: -x[1])[:n_terms]
        if not top:
            return {}
        hi_w = top[0][1]
        return {j: w / hi_w for j, w in top}

    def query_weights(self, tokens: Sequence[str]) -> dict[int, float]:
        counts: dict[int, float] = {}
        for tok in tokens:
            j = self.vocab.get(tok)
            if j is not None:
                counts[j] = counts.get(j, 0.0) + 1.0
        return counts

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        return self.weighted_scores(self.query_weights(tokens))


# --------------------------------------------------------------------------- speaker names

_PAREN = re.compile(r"\s*\(([^)]*)\)")
_HONORIFIC = re.compile(
    r"^(?:(?:the\s+)?(?:right\s+)?hon\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|sir|dame)\s+", re.I
)
_POSTNOMINAL = re.compile(r"\s+(?:AM|MP|MS|MSP|MLA|MPP|QC|KC|PC|MEP)$")


def speaker_aliases(label: str) -> list[tuple[str, str, bool]]:
    """Ways a question may name a speaker: (alias, person, matched case-insensitively).

    The full label and the name without titles, post-nominals or a parenthesised role match in any case; a
    bracketed role of two or more words ("Prime Minister") too; a lone first name or surname only when
    capitalised, since "Manager" or "Bill" are otherwise ordinary words.
    """
    label = " ".join(label.split())
    roles = [r.strip() for r in _PAREN.findall(label)]
    core = _PAREN.sub("", label).strip()
    prev = None
    while prev != core:
        prev = core
        core = _POSTNOMINAL.sub("", _HONORIFIC.sub("", core)).strip()
    core = core or label
    out = [(label, core, True)]
    if core != label:
        out.append((core, core, True))
    out += [(r, core, True) for r in roles if len(r.split()) >= 2]
    parts = core.split()
    if len(parts) >= 2:
        for part in (parts[0], parts[-1]):
            if len(part) >= 3 and part[0].isupper() and part.lower() not in STOPWORDS:
                out.append((part, core, False))
    return out


# --------------------------------------------------------------------------- hybrid retriever


@dataclass
class Hit:
    passage: Passage
    score: float  # fused score (mode-dependent scale), higher is better
    lexical: float  # raw BM25 score
    dense: float  # cosine similarity of the question embedding (before the query adapter)
    rank: int


@dataclass
class FusionWeights:
    """How the two signals combine; tuned on QMSum train (see evals/retrieval.py)."""

    dense: float = 0.4  # weight of the normalised dense score; lexical gets 1 - dense
    speaker_boost: float = 0.6  # extra score for chunks where a speaker named in the query talks
    neighbour: float = 0.6  # share of the adjacent chunks' scores added (topics span several chunks)
    diversify: bool = True  # skip chunks overlapping a better-ranked chunk of the same meeting
    k1: float = 1.2
    b: float = 0.75
    # Share of a chunk's score lost per share of its turns already covered by better-ranked chunks of the
    # same meeting (with diversify). None: overlapping chunks are skipped outright.
    overlap_penalty: float | None = None
    # Pseudo-relevance feedback: salient terms of the top ``prf_docs`` first-pass passages join the query.
    prf_terms: int = 0
    prf_docs: int = 3
    prf_weight: float = 0.0
    # How lexical and dense scores combine: "interp" (max-normalised BM25 + median..max dense), "minmax"
    # (both min-max normalised per query), "zscore" (both standardised per query) or "rrf" (reciprocal rank
    # fusion, constant 60).
    fusion: str = "interp"
    # Context: each chunk is also scored as the window of its own and ``context_radius`` neighbouring chunks
    # on each side (same meeting): BM25 over the window's turns and the cosine of the mean chunk vector.
    # Answers sit inside discussions tens of turns long, so a chunk in a matching stretch is a better bet.
    context_radius: int = 3
    context_lexical: float = 0.0
    context_dense: float = 0.0
    # After a chunk is picked, chunks within ``context_radius`` of it lose their context score: the stretch
    # is already represented, so the next results come from other discussions unless they match on their own.
    # (Not combined with ``overlap_penalty``, which takes precedence.)
    context_once: bool = False
    context_once_keep: float = 0.0  # share of the context score those chunks keep
    # Rank 1 is picked under other weights (None: these); the other results keep these weights and skip
    # chunks overlapping it. Context scoring is best at the very top but worse at filling the top 5.
    first: FusionWeights | None = field(default_factory=lambda: first_pick_weights())
    # The dense query vector passes through the learned ``QueryAdapter`` (when one was trained for this
    # retriever's embedder) before it meets the passage vectors. Only the main weights' setting counts.
    query_adapter: bool = True


def first_pick_weights() -> FusionWeights:
    """Weights that choose rank 1 by default: the main ones plus context scoring (BM25 over the +-3 chunk
    window 0.7, its mean vector 0.15). On all QMSum train: hit@1 0.568 -> 0.591, hit@5 0.861 -> 0.862, span
    recall@5 0.349 -> 0.349, hit@1 up on both halves of a 2-fold meeting split (see evals/retrieval.py)."""
    return FusionWeights(context_radius=3, context_lexical=0.7, context_dense=0.15, first=None)


def context_weights() -> FusionWeights:
    """The best setting on all QMSum train queries with context scoring (hit@1 0.568 -> 0.590, hit@5
    0.861 -> 0.863, span recall@5 0.349 -> 0.362); not the default because on val it lost hit@5
    (0.840 -> 0.802) while gaining hit@1 and recall (see evals/retrieval.py)."""
    return FusionWeights(
        dense=0.3,
        neighbour=0.9,
        speaker_boost=0.9,
        context_radius=3,
        context_lexical=0.35,
        context_dense=0.15,
        context_once=True,
        context_once_keep=0.5,
        first=None,
    )


# --------------------------------------------------------------------------- learned query adapter

QUERY_ADAPTER_FILE = Path(__file__).resolve().parent / "assets" / "retrieval" / "query_adapter.npz"


@dataclass(frozen=True)
class QueryAdapter:
    """A learned low-rank correction of the dense query vector: q + up (down^T q), renormalised.

    Sentence embeddings of a question ("What did Marketing think about the buttons?") and of the transcript
    turns that answer it are not as close as they could be: the question's wording and the talk's do not
    share a space. The correction is fitted on QMSum train queries (evals/train_query_adapter.py) so that
    within a meeting the query vector lands nearer the chunks holding its relevant turns; passage vectors
    are untouched, so nothing is re-indexed. It belongs to one embedder (``embedder``: its name).
    """

    embedder: str
    down: np.ndarray  # dim x rank
    up: np.ndarray  # dim x rank

    @property
    def dim(self) -> int:
        return int(self.down.shape[0])

    def apply(self, q: np.ndarray) -> np.ndarray:
        out = q + self.up @ (self.down.T @ q)
        norm = float(np.linalg.norm(out))
        return (out / norm if norm > 0 else q).astype(np.float32, copy=False)

    @classmethod
    def from_matrix(cls, embedder: str, matrix: np.ndarray, rank: int) -> QueryAdapter:
        """The best rank-``rank`` approximation of a full dim x dim correction (q + matrix q)."""
        u, s, vt = np.linalg.svd(np.asarray(matrix, dtype=np.float64))
        r = max(1, min(rank, len(s)))
        return cls(embedder, vt[:r].T.astype(np.float32), (u[:, :r] * s[:r]).astype(np.float32))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            np.savez(fh, embedder=np.array([self.embedder]), down=self.down, up=self.up)

    @classmethod
    def load(cls, path: Path) -> QueryAdapter:
        data = np.load(path, allow_pickle=False)
        down = np.asarray(data["down"], dtype=np.float32)
        up = np.asarray(data["up"], dtype=np.float32)
        if down.shape != up.shape or down.ndim != 2:
            raise ValueError(f"{path}: adapter factors of shapes {down.shape} and {up.shape}")
        return cls(str(data["embedder"][0]), down, up)


_ADAPTERS: dict[Path, QueryAdapter | None] = {}


def query_adapter_for(embedder: Embedder | None, path: Path = QUERY_ADAPTER_FILE) -> QueryAdapter | None:
    """The shipped adapter when it was trained for this embedder (same name and dimension), else None."""
    if embedder is None:
        return None
    if path not in _ADAPTERS:
        _ADAPTERS[path] = QueryAdapter.load(path) if path.is_file() else None
    adapter = _ADAPTERS[path]
    if adapter is None or adapter.embedder != embedder.name or adapter.dim != embedder.dim:
        return None
    return adapter


class HybridRetriever:
    """BM25 + dense retrieval over one set of passages (one engagement, or one meeting in the eval)."""

    def __init__(self, embedder: Embedder | None, weights: FusionWeights | None = None):
        self.embedder = embedder
        self.weights = weights or FusionWeights()
        # Set whatever the weights say, so a retriever whose weights are swapped later can still use it.
        self.adapter: QueryAdapter | None = query_adapter_for(embedder)
        self.passages: list[Passage] = []
        self._bm25 = BM25(self.weights.k1, self.weights.b)
        self._vectors: np.ndarray | None = None
        self._speaker_share: dict[str, np.ndarray] = {}
        self._speaker_patterns: list[tuple[list[str], re.Pattern[str]]] = []
        self._prev = np.zeros(0, dtype=np.int64)
        self._next = np.zeros(0, dtype=np.int64)
        self._groups: list[list[int]] = []
        self._ctx_bm25: BM25 | None = None
        self._ctx_vectors: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.passages)

    def index(self, passages: Sequence[Passage], vectors: np.ndarray | None = None) -> HybridRetriever:
        """Index passages; ``vectors`` (n x dim, L2-normalised) skips embedding when already known."""
        self.passages = list(passages)
        self._bm25 = BM25(self.weights.k1, self.weights.b).fit([tokenize(p.text) for p in self.passages])
        if vectors is not None:
            if len(vectors) != len(self.passages):
                raise ValueError(f"{len(vectors)} vectors for {len(self.passages)} passages")
            self._vectors = np.asarray(vectors, dtype=np.float32)
        elif self.embedder is not None and self.passages:
            self._vectors = self.embedder.embed([clean_text(p.text) for p in self.passages])
        else:
            self._vectors = None
        self._index_speakers()
        self._index_neighbours()
        self._index_context()
        return self

    def _index_neighbours(self) -> None:
        """Previous/next chunk of the same meeting (self when none), for score smoothing and overlap checks."""
        n = len(self.passages)
        self._prev = np.arange(n)
        self._next = np.arange(n)
        groups: dict[Any, list[int]] = {}
        for i, p in enumerate(self.passages):
            if isinstance(p, Chunk):
                groups.setdefault(p.metadata.get("meeting_id"), []).append(i)
        self._groups = []
        for members in groups.values():
            members.sort(key=lambda i: self.passages[i].start)  # type: ignore[attr-defined]
            self._groups.append(members)
            for a, b in itertools.pairwise(members):
                self._next[a] = b
                self._prev[b] = a

    def _index_context(self) -> None:
        """BM25 and mean vectors over each chunk's window of neighbouring chunks (only when weighted)."""
        self._ctx_bm25 = None
        self._ctx_vectors = None
        w8 = self.weights
        every = [w for w in (w8, w8.first) if w is not None]
        need_lexical = any(w.context_lexical for w in every)
        need_dense = any(w.context_dense for w in every)
        if not (need_lexical or need_dense) or not self.passages:
            return
        # One set of windows per index: the main weights' radius when they score context, else the first's.
        if not (w8.context_lexical or w8.context_dense) and w8.first is not None:
            w8 = w8.first
        n = len(self.passages)
        windows: list[list[int]] = [[i] for i in range(n)]
        r = max(w8.context_radius, 0)
        for members in self._groups:
            for pos, i in enumerate(members):
                windows[i] = members[max(pos - r, 0) : pos + r + 1]
        if need_lexical:
            # Chunk text is one line per turn: count each turn once although neighbouring chunks overlap.
            # Each passage's lines are tokenised once and reused by every window that holds it.
            per_passage: list[dict[int, list[str]]] = []
            for j, p in enumerate(self.passages):
                rows = p.text.split("\n")
                if isinstance(p, Chunk) and len(rows) == p.end - p.start + 1:
                    per_passage.append({p.start + r: tokenize(row) for r, row in enumerate(rows)})
                else:
                    per_passage.append({-1 - j: tokenize(p.text)})
            docs = []
            for win in windows:
                turns: dict[int, list[str]] = {}
                for j in win:
                    turns.update(per_passage[j])
                docs.append([tok for toks in turns.values() for tok in toks])
            self._ctx_bm25 = BM25(w8.k1, w8.b).fit(docs)
        if need_dense and self._vectors is not None:
            ctx = np.zeros_like(self._vectors)
            for i, win in enumerate(windows):
                acc = self._vectors[win].sum(axis=0)
                ctx[i] = acc / max(float(np.linalg.norm(acc)), 1e-12)
            self._ctx_vectors = ctx

    def _index_speakers(self) -> None:
        names: dict[str, np.ndarray] = {}
        n = len(self.passages)
        for i, p in enumerate(self.passages):
            if not p.speakers:
                continue
            for spk in set(p.speakers):
                if spk and len(spk) >= 2:
                    names.setdefault(spk, np.zeros(n, dtype=np.float64))[i] = p.speakers.count(spk) / len(
                        p.speakers
                    )
        self._speaker_share = names
        # alias -> (labels, case-sensitive); a partial name shared by two different people means neither.
        table: dict[str, tuple[set[str], set[str], bool]] = {}
        for label in names:
            for alias, core, exact in speaker_aliases(label):
                labels, cores, _ = table.setdefault(alias, (set(), set(), exact))
                labels.add(label)
                cores.add(core)
        self._speaker_patterns = []
        for alias in sorted(table, key=len, reverse=True):
            labels, cores, exact = table[alias]
            if exact or len(cores) == 1:
                body = r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])"
                pattern = re.compile(body, re.IGNORECASE) if exact else re.compile(body)
                self._speaker_patterns.append((sorted(labels), pattern))

    def speakers_in(self, query: str) -> list[str]:
        """Speakers of the index named in the query, by full name, or by first name, surname, title or role
        when that identifies one person ("Paul-Hus" -> "Mr. Pierre Paul-Hus (...)"); longest names first."""
        found: list[str] = []
        taken: list[tuple[int, int]] = []
        for labels, pattern in self._speaker_patterns:
            for m in pattern.finditer(query):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    taken.append(m.span())
                    found.extend(label for label in labels if label not in found)
        return found

    def unknown_words(self, query: str) -> list[str]:
        """The query's topic words that no indexed passage contains (in any inflection): "sponsor" in an
        engagement whose meetings never mention a sponsor. Template words ("summarize", "discuss") are ignored."""
        # the date grammar's ordinals, imported here because extraction builds on this module
        from ingest.extraction.dates import spoken_day_forms

        out: list[str] = []
        words = _WORD.findall(_TAG.sub(" ", query.lower()))
        dated = any(spoken_day_forms(w) for w in words)  # "the 30th of November": said in a meeting as "the thirtieth"
        for word in words:
            if word in STOPWORDS or word in QUERY_STOPWORDS or word in out or (dated and word in _MONTHS):
                continue
            if stem(word) not in self._bm25.vocab and not any(stem(v) in self._bm25.vocab for v in spoken_day_forms(word)):
                out.append(word)
        return out

    def scores(self, query: str, mode: Mode = "hybrid") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(fused, lexical, dense) score vectors over all passages."""
        comps = self.components(query, mode)
        return self.combine(comps, mode), comps["lexical"], comps["dense"]

    def components(self, query: str, mode: Mode = "hybrid") -> dict[str, np.ndarray]:
        """The raw signals per passage: lexical (BM25), dense (cosine with the query vector, after the query
        adapter when one applies; then "cosine" holds the plain query's), their context-window versions and
        speaker (share of turns by speakers the query names). ``combine`` weighs them."""
        n = len(self.passages)
        w8 = self.weights
        tokens = query_tokens(query)
        qweights = self._bm25.query_weights(tokens) if mode != "dense" else {}
        lexical = self._bm25.weighted_scores(qweights) if qweights else np.zeros(n)
        dense = np.zeros(n)
        cosine: np.ndarray | None = None  # the plain query's cosines, kept when the adapter changes them
        q: np.ndarray | None = None
        if mode != "lexical" and self._vectors is not None and self.embedder is not None and n:
            q = self.embedder.embed([clean_text(query)])[0].astype(np.float32, copy=False)
            # einsum, not BLAS: a multithreaded BLAS matrix-vector product spins its threads and takes ~30 ms
            # on a busy 2-core machine; a single-threaded loop takes ~1.5 ms for 10k chunks.
            dense = np.einsum("ij,j->i", self._vectors, q).astype(np.float64)
            if w8.query_adapter and self.adapter is not None and self.adapter.dim == len(q):
                cosine = dense  # reported on hits: relevance gates elsewhere were set on plain cosines
                q = self.adapter.apply(q)
                dense = np.einsum("ij,j->i", self._vectors, q).astype(np.float64)
        use_dense = mode == "hybrid" and self._vectors is not None
        if w8.prf_terms and w8.prf_weight and qweights and mode != "dense" and n > w8.prf_docs:
            first = self._fuse(lexical, dense) if use_dense else lexical
            top = np.argpartition(-first, w8.prf_docs - 1)[: w8.prf_docs]
            extra = self._bm25.feedback_terms(top.tolist(), w8.prf_terms, set(qweights))
            if extra:
                lexical = lexical + w8.prf_weight * self._bm25.weighted_scores(extra)
        comps = {"lexical": lexical, "dense": dense}
        if cosine is not None:
            comps["cosine"] = cosine
        if mode == "hybrid":
            if self._ctx_bm25 is not None and tokens:
                comps["context_lexical"] = self._ctx_bm25.scores(tokens)
            if self._ctx_vectors is not None and q is not None:
                comps["context_dense"] = np.einsum("ij,j->i", self._ctx_vectors, q).astype(np.float64)
        if mode != "dense":
            speaker = np.zeros(n)
            for name in self.speakers_in(query):
                speaker = speaker + self._speaker_share[name]
            comps["speaker"] = speaker
        return comps

    def combine(
        self, comps: dict[str, np.ndarray], mode: Mode = "hybrid", weights: FusionWeights | None = None
    ) -> np.ndarray:
        """Fused score from ``components`` under ``weights`` (default: the retriever's own)."""
        return self.combine_parts(comps, mode, weights)[0]

    def combine_parts(
        self, comps: dict[str, np.ndarray], mode: Mode = "hybrid", weights: FusionWeights | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(fused score, the part of it that comes from the context windows)."""
        w8 = weights or self.weights
        lexical, dense = comps["lexical"], comps["dense"]
        if mode == "lexical" or (mode == "hybrid" and self._vectors is None):
            fused = _max_norm(lexical)
        elif mode == "dense":
            fused = dense.copy()
        else:
            fused = self._fuse(lexical, dense, w8)
        context = np.zeros(len(fused))
        if mode == "hybrid":
            if w8.context_lexical and "context_lexical" in comps:
                context = context + w8.context_lexical * _max_norm(comps["context_lexical"])
            if w8.context_dense and "context_dense" in comps:
                context = context + w8.context_dense * _range_norm(comps["context_dense"])
        if w8.speaker_boost and "speaker" in comps:
            fused = fused + w8.speaker_boost * comps["speaker"]
        fused = fused + context
        if w8.neighbour and mode == "hybrid":
            # Smoothing is linear, so the context part of the smoothed score is the smoothed context part.
            fused = fused + w8.neighbour * 0.5 * (fused[self._prev] + fused[self._next])
            context = context + w8.neighbour * 0.5 * (context[self._prev] + context[self._next])
        return fused, context

    def _fuse(self, lexical: np.ndarray, dense: np.ndarray, weights: FusionWeights | None = None) -> np.ndarray:
        w8 = weights or self.weights
        w = w8.dense
        if w8.fusion == "rrf":
            return (1.0 - w) * _rrf(lexical) + w * _rrf(dense)
        if w8.fusion == "zscore":
            return (1.0 - w) * _zscore(lexical) + w * _zscore(dense)
        if w8.fusion == "minmax":
            return (1.0 - w) * _minmax(lexical) + w * _minmax(dense)
        return (1.0 - w) * _max_norm(lexical) + w * _range_norm(dense)

    def search(self, query: str, k: int = 5, mode: Mode = "hybrid") -> list[Hit]:
        if mode not in ("hybrid", "lexical", "dense"):
            raise ValueError(f"unknown retrieval mode '{mode}' (hybrid, lexical or dense)")
        n = len(self.passages)
        if n == 0 or k <= 0 or not query.strip():
            return []
        comps = self.components(query, mode)
        chosen, fused = self.rank(comps, k, mode)
        lexical, dense = comps["lexical"], comps.get("cosine", comps["dense"])
        return [
            Hit(self.passages[i], float(fused[i]), float(lexical[i]), float(dense[i]), rank)
            for rank, i in enumerate(chosen)
        ]

    def rank(
        self, comps: dict[str, np.ndarray], k: int, mode: Mode = "hybrid"
    ) -> tuple[list[int], np.ndarray]:
        """(indices of the top ``k`` passages, fused scores) from ``components`` under the current weights."""
        w8 = self.weights
        fused, context = self.combine_parts(comps, mode)
        once = w8.context_once and w8.overlap_penalty is None
        if mode != "hybrid" or w8.first is None or k < 1:
            return self.select(fused, k, context if once else None), fused
        # Passed in, not swapped onto self: one cached retriever serves concurrent app sessions.
        first_fused = self.combine(comps, mode, w8.first)
        top = int(np.argmax(first_fused))
        n = len(fused)
        pool = self.select(fused, min(k * 2 + 2, n), context if once else None)
        chosen = [top] + [i for i in pool if i != top and not (w8.diversify and self._overlaps(i, top))]
        if len(chosen) < k:  # everything left overlaps: fill up in score order
            chosen += [i for i in sorted(range(n), key=lambda i: (-fused[i], i)) if i not in chosen]
        chosen = chosen[:k]
        return chosen, fused

    def select(self, fused: np.ndarray, k: int, context: np.ndarray | None = None) -> list[int]:
        """Indices of the top ``k`` passages by ``fused``, skipping overlaps when diversifying; with
        ``context`` (the context part of ``fused``), a pick's window neighbours rank without theirs."""
        n = len(self.passages)
        k = min(k, n)
        if context is not None and context.any() and k > 1:
            return self._select_context_once(fused, context, k)
        # Take a few extra candidates so overlapping chunks can be skipped without a full sort.
        pool = min(n, k * 4 + 8)
        cand = np.argpartition(-fused, pool - 1)[:pool] if pool < n else np.arange(n)
        # Stable tie-break on passage order keeps results deterministic.
        ordered = sorted(cand.tolist(), key=lambda i: (-fused[i], i))
        chosen: list[int] = []
        penalty = self.weights.overlap_penalty
        if self.weights.diversify and penalty is not None:
            # Greedy: each pick's score is discounted by the share of its turns already covered.
            left = list(ordered)
            while left and len(chosen) < k:
                best = max(left, key=lambda i: (fused[i] * (1.0 - penalty * self._covered(i, chosen)), -i))
                chosen.append(best)
                left.remove(best)
        for i in ordered:
            if len(chosen) >= k:
                break
            if i in chosen or (self.weights.diversify and any(self._overlaps(i, j) for j in chosen)):
                continue
            chosen.append(i)
        if len(chosen) < k:  # everything left overlaps: fill up in score order
            chosen += [i for i in ordered if i not in chosen][: k - len(chosen)]
        return chosen

    def _select_context_once(self, fused: np.ndarray, context: np.ndarray, k: int) -> list[int]:
        n = len(fused)
        base = fused - (1.0 - self.weights.context_once_keep) * context
        pool = min(n, k * 4 + 8)
        cand: set[int] = set()
        for arr in (fused, base):
            cand.update((np.argpartition(-arr, pool - 1)[:pool] if pool < n else np.arange(n)).tolist())
        pos = np.zeros(n, dtype=np.int64)  # a chunk's position within its meeting
        group = np.full(n, -1, dtype=np.int64)
        for g, members in enumerate(self._groups):
            pos[members] = np.arange(len(members))
            group[members] = g
        radius = self.weights.context_radius
        score = {i: float(fused[i]) for i in cand}
        chosen: list[int] = []
        while len(chosen) < k and score:
            best = min(score, key=lambda i: (-score[i], i))
            del score[best]
            if self.weights.diversify and any(self._overlaps(best, j) for j in chosen):
                continue
            chosen.append(best)
            if group[best] >= 0:
                for i in score:
                    if group[i] == group[best] and abs(int(pos[i]) - int(pos[best])) <= radius:
                        score[i] = float(base[i])
        if len(chosen) < k:
            order = sorted(range(n), key=lambda i: (-fused[i], i))
            chosen += [i for i in order if i not in chosen][: k - len(chosen)]
        return chosen

    def _covered(self, i: int, chosen: Sequence[int]) -> float:
        """Share of chunk i's turns inside already chosen chunks of the same meeting."""
        a = self.passages[i]
        if not isinstance(a, Chunk) or not chosen:
            return 0.0
        turns: set[int] = set()
        for j in chosen:
            b = self.passages[j]
            if self._overlaps(i, j) and isinstance(b, Chunk):
                turns.update(range(max(a.start, b.start), min(a.end, b.end) + 1))
        return len(turns) / (a.end - a.start + 1)

    def _overlaps(self, i: int, j: int) -> bool:
        a, b = self.passages[i], self.passages[j]
        if not (isinstance(a, Chunk) and isinstance(b, Chunk)):
            return False
        if a.metadata.get("meeting_id") != b.metadata.get("meeting_id"):
            return False
        return a.start <= b.end and b.start <= a.end


def _max_norm(x: np.ndarray) -> np.ndarray:
    m = float(x.max()) if len(x) else 0.0
    return x / m if m > 0 else x


def _minmax(x: np.ndarray) -> np.ndarray:
    if not len(x):
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi - lo > 1e-12 else np.zeros_like(x)


def _zscore(x: np.ndarray) -> np.ndarray:
    """Standard scores within this query's candidates, divided by 4 to land near the other scales."""
    if not len(x):
        return x
    sd = float(x.std())
    return (x - float(x.mean())) / (4.0 * sd) if sd > 1e-12 else np.zeros_like(x)


def _rrf(x: np.ndarray, k: float = 60.0) -> np.ndarray:
    """Reciprocal-rank scores scaled so the best passage gets 1."""
    ranks = np.empty(len(x), dtype=np.float64)
    ranks[np.argsort(-x, kind="stable")] = np.arange(len(x))
    return (k + 1.0) / (k + 1.0 + ranks)


def _range_norm(x: np.ndarray) -> np.ndarray:
    """Map cosine scores to 0..1 within this query's candidates (best = 1, median = 0)."""
    if not len(x):
        return x
    hi = float(x.max())
    lo = float(np.median(x))
    if hi - lo < 1e-9:
        return np.zeros_like(x)
    return np.clip((x - lo) / (hi - lo), 0.0, None)


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}
