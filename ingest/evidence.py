"""Quote verification shared by every extractor: a fact survives only if its quotes are in the transcript.

Quotes are compared after normalisation (case, unicode quotes and dashes, punctuation, whitespace), first
exactly, then fuzzily with at most ``tolerance`` characters of edit distance against word-aligned windows.
A surviving quote is replaced by the transcript's verbatim text and its segment, speaker and times are taken
from the real segment, so a model can never invent where or by whom something was said.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from assistant.models import Attendance, Evidence, FactBase, Segment, Transcript

F = TypeVar("F", bound=FactBase)

# Typographic characters mapped to their ASCII cousins before anything else.
_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2039": "<",
    "\u203a": ">",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
}
_NEIGHBOURS = 2  # segments either side of the cited one searched before the whole transcript
_MIN_CHARS_PER_EDIT = 8  # a short quote gets a smaller budget: "ok" must not fuzzily match "so"


def _norm_char(ch: str) -> str:
    """Normalised form of one character: letters/digits casefolded, everything else a space."""
    ch = _CHAR_MAP.get(ch, ch)
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        if c == "'":
            continue  # "we'll" and "well"/"we ll" differ only by the apostrophe; drop it entirely
        out.append(c if c.isalnum() else " ")
    return "".join(out)


@dataclass
class _Normalised:
    text: str  # normalised, single-spaced, stripped
    origin: list[int]  # origin[i] = index in the original text of normalised char i


def _normalise_with_map(text: str) -> _Normalised:
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for c in _norm_char(ch):
            if c == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(c)
            origin.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return _Normalised("".join(chars), origin)


def normalise_quote(text: str) -> str:
    """Case-, punctuation-, unicode-quote- and whitespace-insensitive form of a quote."""
    return _normalise_with_map(text).text


def _verbatim(seg: Segment, norm: _Normalised, start: int, end: int) -> str:
    """Original text of the segment covering normalised chars [start, end)."""
    return seg.text[norm.origin[start] : norm.origin[end - 1] + 1]


def _exact(q: str, seg: Segment, norm: _Normalised) -> str | None:
    """Verbatim substring of the segment equal to ``q`` after normalisation, on word boundaries."""
    s = norm.text
    pos = s.find(q)
    while pos >= 0:
        end = pos + len(q)
        if (pos == 0 or s[pos - 1] == " ") and (end == len(s) or s[end] == " "):
            return _verbatim(seg, norm, pos, end)
        pos = s.find(q, pos + 1)
    return None


def _fuzzy(q: str, seg: Segment, norm: _Normalised, budget: int) -> tuple[int, str] | None:
    """Best word-aligned window of the segment within ``budget`` edits of ``q``: (distance, verbatim)."""
    from rapidfuzz.distance import Levenshtein

    s = norm.text
    if not s:
        return None
    # Word spans (start, end) in the normalised text.
    spans: list[tuple[int, int]] = []
    pos = 0
    for word in s.split(" "):
        spans.append((pos, pos + len(word)))
        pos += len(word) + 1
    n_words = len(q.split(" "))
    best: tuple[int, int, int] | None = None  # (distance, start, end)
    for i in range(len(spans)):
        for length in range(max(1, n_words - budget - 1), n_words + budget + 2):
            j = i + length - 1
            if j >= len(spans):
                break
            a, b = spans[i][0], spans[j][1]
            if abs((b - a) - len(q)) > budget:
                continue
            cutoff = budget if best is None else min(budget, best[0])
            d = Levenshtein.distance(q, s[a:b], score_cutoff=cutoff)
            if d <= cutoff and (best is None or d < best[0]):
                best = (d, a, b)
                if d == 0:
                    break
    if best is None:
        return None
    return best[0], _verbatim(seg, norm, best[1], best[2])


class _SegmentIndex:
    """Segments with their normalised text, computed lazily once (verify_facts reuses it for every quote)."""

    def __init__(self, segments: Sequence[Segment]):
        self.segments = list(segments)
        self._pos = {s.id: i for i, s in enumerate(self.segments)}
        self._norm: list[_Normalised | None] = [None] * len(self.segments)

    def norm(self, i: int) -> _Normalised:
        cached = self._norm[i]
        if cached is None:
            cached = self._norm[i] = _normalise_with_map(self.segments[i].text)
        return cached

    def order(self, near: int | None) -> list[int]:
        """Cited segment first, then its neighbours (closest first), then every other segment in order."""
        index = self._pos.get(near) if near is not None else None
        if index is None:
            return list(range(len(self.segments)))
        first = [index]
        for k in range(1, _NEIGHBOURS + 1):
            first.extend(j for j in (index - k, index + k) if 0 <= j < len(self.segments))
        seen = set(first)
        return first + [i for i in range(len(self.segments)) if i not in seen]


def _find(
    quote: str, index: _SegmentIndex, tolerance_chars: int, near: int | None
) -> tuple[Segment, str] | None:
    q = normalise_quote(quote)
    if not q:
        return None
    order = index.order(near)
    for i in order:
        hit = _exact(q, index.segments[i], index.norm(i))
        if hit is not None:
            return index.segments[i], hit
    budget = min(tolerance_chars, len(q) // _MIN_CHARS_PER_EDIT)
    if budget <= 0:
        return None
    best: tuple[int, Segment, str] | None = None
    for i in order:
        seg = index.segments[i]
        found = _fuzzy(q, seg, index.norm(i), budget if best is None else best[0] - 1)
        if found is not None:
            best = (found[0], seg, found[1])
            if best[0] <= 1:
                break  # distance 0 was ruled out by the exact pass, so this nearest hit cannot be beaten
    return (best[1], best[2]) if best else None


def find_quote(
    quote: str, segments: Sequence[Segment], tolerance_chars: int = 3, *, near: int | None = None
) -> tuple[Segment, str] | None:
    """Find ``quote`` in the transcript: ``(segment, verbatim substring)`` or None.

    Exact (after normalisation) matches anywhere win over fuzzy ones; within each pass the segment ``near``
    (the cited id) is tried first, then its neighbours, then all others. Fuzzy matches allow at most
    ``tolerance_chars`` edits (fewer for short quotes: one per 8 characters) and the smallest distance wins.
    The substring returned always spans whole words of the transcript.
    """
    return _find(quote, _SegmentIndex(segments), tolerance_chars, near)


def verify_facts(
    facts: Sequence[F],
    transcript: Transcript,
    tolerance: int = 3,
    *,
    speaker_names: dict[str, str] | None = None,
) -> tuple[list[F], int]:
    """Keep facts whose every evidence quote is in the transcript; return (kept, dropped count).

    Kept facts are copies whose evidence points at the real segment (id, start, end, speaker) and whose
    quote is the transcript's verbatim text. A fact with no evidence at all is dropped too, except an absence (an
    expected person who never spoke has no quote). ``speaker_names`` maps segment speaker labels to person names for ``Evidence.speaker`` (labels are kept when unmapped).
    """
    names = speaker_names or {}
    index = _SegmentIndex(transcript.segments)
    kept: list[F] = []
    dropped = 0
    for fact in facts:
        if not fact.evidence:
            if isinstance(fact, Attendance) and not fact.present:
                # An expected person who never spoke: the absence is the transcript's speaker list, there is no
                # quote to check (these were dropped and counted as unverified, one per meeting)
                kept.append(fact)
                continue
            dropped += 1
            continue
        fixed = _verified(fact.evidence, index, tolerance, names)
        if fixed is None:
            dropped += 1
            continue
        kept.append(fact.model_copy(update={"evidence": fixed}))
    return kept, dropped


def verify_evidence(
    evidence: Sequence[Evidence],
    transcript: Transcript,
    tolerance: int = 3,
    *,
    speaker_names: dict[str, str] | None = None,
) -> list[Evidence] | None:
    """``evidence`` pointed at the real segments with verbatim quotes (as ``verify_facts`` does for a fact), or
    None when any quote is not in the transcript (one segment's text: a quote never spans two turns)."""
    return _verified(evidence, _SegmentIndex(transcript.segments), tolerance, speaker_names or {})


def _verified(
    evidence: Sequence[Evidence], index: _SegmentIndex, tolerance: int, names: dict[str, str]
) -> list[Evidence] | None:
    fixed: list[Evidence] = []
    for ev in evidence:
        hit = _find(ev.quote, index, tolerance, ev.segment_id)
        if hit is None:
            return None
        seg, verbatim = hit
        fixed.append(
            ev.model_copy(
                update={
                    "segment_id": seg.id,
                    "start": seg.start,
                    "end": seg.end,
                    "speaker": names.get(seg.speaker) or seg.speaker,
                    "quote": verbatim,
                }
            )
        )
    return fixed
