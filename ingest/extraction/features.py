"""Turn features shared by training (evals/train_extractor.py) and inference (offline.py).

A turn is described by its own MiniLM embedding, the mean embedding of its neighbours, and a small vector of
lexical/positional cues. Everything here is pure numpy + re so training and inference compute identical values.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence

import numpy as np

EMBED_WORDS = 32  # words per embedded chunk: keeps a 1-hour meeting under the speed budget
MIN_EMBED_WORDS = 4  # backchannels ("Yeah. Okay.") are not embedded; their embedding is zero
MAX_CHUNKS = 16  # a turn's first 16 chunks (512 words) are embedded; bounds the cost of a pathological turn


def embed_chunks(text: str) -> list[str]:
    """A turn cut into EMBED_WORDS-word chunks for the embedder; a trailing chunk under MIN_EMBED_WORDS is dropped.

    Long turns matter: 46% of AMI gold action turns exceed 32 words (the chair's task round-up), and the mean over
    chunks instead of the first chunk only raised grouped-CV action F1 0.607 -> 0.622, decisions 0.239 -> 0.260.
    """
    words = text.split()
    if len(words) < MIN_EMBED_WORDS:
        return []
    chunks = [words[s : s + EMBED_WORDS] for s in range(0, len(words), EMBED_WORDS)][:MAX_CHUNKS]
    return [" ".join(c) for k, c in enumerate(chunks) if k == 0 or len(c) >= MIN_EMBED_WORDS]


def turn_embeddings(texts: Sequence[str], embed: Callable[[list[str]], np.ndarray], dim: int = 384) -> np.ndarray:
    """Per turn, the L2-normalised mean of its chunks' embeddings (zeros for turns too short to embed).

    ``embed`` maps a list of texts to an (n, dim) matrix; every chunk of the meeting goes in one call.
    """
    out = np.zeros((len(texts), dim), dtype=np.float32)
    owner: list[int] = []
    chunks: list[str] = []
    for i, t in enumerate(texts):
        cs = embed_chunks(t)
        chunks += cs
        owner += [i] * len(cs)
    if not chunks:
        return out
    vecs = np.asarray(embed(chunks), dtype=np.float32)
    np.add.at(out, np.asarray(owner), vecs)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.where(norms > 1e-9, out / np.maximum(norms, 1e-9), 0.0).astype(np.float32)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Named cue groups; each contributes log1p(count) to the lexical vector.
CUES: dict[str, re.Pattern[str]] = {
    "i_will": _rx(r"\b(i'll|i will|i'm going to|i am going to|i'm gonna|let me|i can do|i'll take|i shall)\b"),
    "you_will": _rx(
        r"\b(you'll|you will|you're gonna|you are going to|you're going to|you should|you need to|you have to|"
        r"you can|you could|can you|could you|would you|your job|you guys)\b"
    ),
    "we_will": _rx(r"\b(we'll|we will|we're gonna|we are going to|we're going to|we need to|we have to|we should|"
                   r"we must|let's|let us)\b"),
    "task_verb": _rx(
        r"\b(send|e-?mail|mail|prepare|write|draft|finish|work on|look at|look into|check|find out|follow up|"
        r"schedule|book|update|share|present|bring|put together|come up with|think about|research|investigate|"
        r"contact|call|ask|fill|complete|report|review|make sure|set up|organi[sz]e)\b"
    ),
    "deadline": _rx(
        r"\b(by|before|until|till|due|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
        r"tonight|today|next week|the end of|end of|eod|cob|noon)\b|\b(tomorrow|next week|next meeting|"
        r"next time|this afternoon|deadline|in (two|three|a couple of|\d+) (days|weeks))\b"
    ),
    "next_meeting": _rx(r"\b(next meeting|next time|after (the|this) meeting|for the next|homework|"
                        r"assignment|individual work|minutes)\b"),
    "wrap_up": _rx(r"\b(wrap (this |it )?up|close the meeting|that's it|end of (the )?meeting|to sum up|"
                   r"summari[sz]e|in summary|any other business|thanks everybody|thank you all|see you)\b"),
    "decision": _rx(
        r"\b(decided|decide|decision|agreed|agree|we'll go with|let's go with|go for|going with|settled|"
        r"final|we'll use|we will use|we're using|we'll have|we will have|we're going to have|"
        r"definitely|so we have|we've got|we want|the only option|stick with|fixed)\b"
    ),
    "problem": _rx(
        r"\b(problem|issue|can't|cannot|couldn't|difficult|hard to|expensive|too|worried|concern|risk|"
        r"not sure|don't know|trouble|unfortunately|but|however|limit|constraint|blocked|waiting)\b"
    ),
    "blocker": _rx(
        r"\b(blocked|blocker|waiting (on|for)|can't proceed|cannot proceed|can't start|pending|"
        r"sign-?off|approval|held up|stuck)\b"
    ),
    "hedge": _rx(r"\b(maybe|perhaps|probably|i think|i guess|might|could|possibly|i don't know)\b"),
    "number": _rx(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifty|twenty|hundred|"
                  r"euro|euros|percent|price|cost)\b"),
    "negation": _rx(r"\b(not|no|never|won't|don't|doesn't|isn't|aren't|can't|cannot|shouldn't)\b"),
    "filler": _rx(r"\b(um|uh|hmm|mm|yeah|okay|ok|right|so)\b"),
    "role_word": _rx(r"\b(designer|marketing|manager|industrial|interface|expert|team|department)\b"),
    # Handing out work: "you are going to work on ...", "the designer will ...", "by next meeting". On AMI this cue
    # (and its neighbours') raised grouped-CV action F1 0.622 -> 0.656 (precision 0.59 -> 0.61).
    "assign": _rx(
        r"\b(you(?:'re| are) going to|you(?:'ll| will) (?:be )?(?:work|look|do|have to|need)|your (?:job|task|homework)|"
        r"will (?:work|look) (?:on|at|into)|(?:for|by|before|until) (?:the )?next meeting|action items?|"
        r"(?:designer|expert|marketing|manager|interface) (?:will|is going to|should|can)|so you guys|you guys will)\b"
    ),
}
CUE_NAMES = list(CUES)
CTX_CUES = ("i_will", "you_will", "decision", "task_verb", "assign")  # also counted in the neighbouring turns
OTHER_NAMES = [
    "question",
    "ends_question",
    "log_words",
    "short",
    "rel_pos",
    "pos_last10",
    "pos_last20",
    "pos_first10",
    "after_wrap",
    "dominant_speaker",
    "speaker_share",
    "prev_same_speaker",
    # Who chairs: AMI action items are ~90% the project manager's, late in the meeting. Without roles, the
    # chair is approximated by the speaker who talks most in the last 20% and by who opens the meeting.
    "late_share",
    "late_chair",
    "opener",
    "chair_last20",
    "chair_last10",
    "chair_after_wrap",
    "opener_last20",
    "late_share_last20",
    "rel_pos4",
    "log_turns_from_end",
]
LEX_NAMES = [f"cue_{n}" for n in CUE_NAMES] + [f"ctx_{n}" for n in CTX_CUES] + OTHER_NAMES
LEX_DIM = len(LEX_NAMES)


def lexical_matrix(texts: Sequence[str], speakers: Sequence[str]) -> np.ndarray:
    """Lexical/positional features for every turn of one meeting, shape (n, LEX_DIM)."""
    n = len(texts)
    out = np.zeros((n, LEX_DIM), dtype=np.float32)
    if n == 0:
        return out
    words_per_speaker: dict[str, int] = {}
    nwords = [len(t.split()) for t in texts]
    for sp, w in zip(speakers, nwords, strict=True):
        words_per_speaker[sp] = words_per_speaker.get(sp, 0) + w
    total = max(1, sum(nwords))
    dominant = max(words_per_speaker, key=lambda s: (words_per_speaker[s], s))
    late_words: dict[str, int] = {}
    for sp, w in zip(speakers[int(n * 0.8) :], nwords[int(n * 0.8) :], strict=True):
        late_words[sp] = late_words.get(sp, 0) + w
    late_total = max(1, sum(late_words.values()))
    chair = max(late_words, key=lambda s: (late_words[s], s)) if late_words else dominant
    opener = next((sp for sp, w in zip(speakers, nwords, strict=True) if w >= MIN_EMBED_WORDS), speakers[0])
    cue_counts = np.zeros((n, len(CUE_NAMES)), dtype=np.float32)
    for i, t in enumerate(texts):
        for j, name in enumerate(CUE_NAMES):
            cue_counts[i, j] = len(CUES[name].findall(t))
    # First wrap-up cue in the last 40% of the meeting marks where assignments usually start.
    wrap_j = CUE_NAMES.index("wrap_up")
    nm_j = CUE_NAMES.index("next_meeting")
    wrap_at = n
    for i in range(int(n * 0.6), n):
        if cue_counts[i, wrap_j] > 0 or cue_counts[i, nm_j] > 0:
            wrap_at = i
            break
    k = len(CUE_NAMES)
    ctx_idx = [CUE_NAMES.index(c) for c in CTX_CUES]
    nctx = len(CTX_CUES)
    for i, t in enumerate(texts):
        out[i, :k] = np.log1p(cue_counts[i])
        prev_c = cue_counts[i - 1, ctx_idx] if i > 0 else 0.0
        next_c = cue_counts[i + 1, ctx_idx] if i + 1 < n else 0.0
        out[i, k : k + nctx] = np.log1p(prev_c + next_c)
        rel = i / max(1, n - 1)
        o = k + nctx
        out[i, o + 0] = math.log1p(t.count("?"))
        out[i, o + 1] = 1.0 if t.rstrip().endswith("?") else 0.0
        out[i, o + 2] = math.log1p(nwords[i])
        out[i, o + 3] = 1.0 if nwords[i] < MIN_EMBED_WORDS else 0.0
        out[i, o + 4] = rel
        out[i, o + 5] = 1.0 if rel >= 0.9 else 0.0
        out[i, o + 6] = 1.0 if rel >= 0.8 else 0.0
        out[i, o + 7] = 1.0 if rel < 0.1 else 0.0
        out[i, o + 8] = 1.0 if i >= wrap_at else 0.0
        out[i, o + 9] = 1.0 if speakers[i] == dominant and len(words_per_speaker) > 1 else 0.0
        out[i, o + 10] = words_per_speaker[speakers[i]] / total
        out[i, o + 11] = 1.0 if i > 0 and speakers[i - 1] == speakers[i] else 0.0
        is_chair, is_opener = speakers[i] == chair, speakers[i] == opener
        out[i, o + 12] = late_words.get(speakers[i], 0) / late_total
        out[i, o + 13] = 1.0 if is_chair else 0.0
        out[i, o + 14] = 1.0 if is_opener else 0.0
        out[i, o + 15] = 1.0 if is_chair and rel >= 0.8 else 0.0
        out[i, o + 16] = 1.0 if is_chair and rel >= 0.9 else 0.0
        out[i, o + 17] = 1.0 if is_chair and i >= wrap_at else 0.0
        out[i, o + 18] = 1.0 if is_opener and rel >= 0.8 else 0.0
        out[i, o + 19] = out[i, o + 12] if rel >= 0.8 else 0.0
        out[i, o + 20] = rel**4
        out[i, o + 21] = math.log1p(n - 1 - i)
    return out


def context_embeddings(emb: np.ndarray) -> np.ndarray:
    """Mean of the previous and next turn's embeddings (zeros at the edges)."""
    ctx = np.zeros_like(emb)
    if len(emb) > 1:
        ctx[1:] += emb[:-1]
        ctx[:-1] += emb[1:]
        ctx *= 0.5
    return ctx


def feature_matrix(emb: np.ndarray, texts: Sequence[str], speakers: Sequence[str]) -> np.ndarray:
    """[own embedding | neighbour embedding | lexical] for one meeting."""
    return np.hstack([emb, context_embeddings(emb), lexical_matrix(texts, speakers)]).astype(np.float32)


def select_ranked(probs: np.ndarray, alpha: float, min_prob: float, kmax: int) -> list[int]:
    """The k most probable turns of a meeting that reach min_prob, k = clip(round(alpha * n / 100), 1, kmax).

    Ties break by turn index, so the choice is deterministic. Returned in turn order.
    """
    n = len(probs)
    if n == 0:
        return []
    k = int(min(max(round(alpha * n / 100), 1), kmax))
    order = np.lexsort((np.arange(n), -np.asarray(probs, dtype=np.float64)))
    return sorted(int(i) for i in order[:k] if probs[i] >= min_prob)


# Word n-gram TF-IDF (scikit-learn TfidfVectorizer semantics: lowercase, tokens of 2+ word characters, 1-2 grams,
# sublinear tf, smooth idf, l2 norm), scored with numpy + a dict so inference needs neither sklearn nor scipy.
TOKEN_RX = re.compile(r"(?u)\b\w\w+\b")


def ngrams(text: str) -> dict[str, int]:
    """Counts of the unigrams and bigrams of one turn."""
    toks = TOKEN_RX.findall(text.lower())
    counts: dict[str, int] = {}
    for g in (*toks, *(f"{a} {b}" for a, b in itertools.pairwise(toks))):
        counts[g] = counts.get(g, 0) + 1
    return counts


def tfidf_scores(texts: Sequence[str], vocab: dict[str, int], idf: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Each turn's l2-normalised TF-IDF vector dotted with each weight column: (len(texts), weights.shape[1])."""
    out = np.zeros((len(texts), weights.shape[1]), dtype=np.float64)
    for r, t in enumerate(texts):
        items = [(vocab[g], 1.0 + math.log(c)) for g, c in ngrams(t).items() if g in vocab]
        if not items:
            continue
        idx = np.array([i for i, _ in items], dtype=np.int64)
        val = np.array([v for _, v in items], dtype=np.float64) * idf[idx]
        val /= max(float(np.sqrt(val @ val)), 1e-12)
        out[r] = val @ weights[idx]
    return out
