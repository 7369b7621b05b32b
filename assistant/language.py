"""Is a text English? A cheap check shared by the offline extractor (skip English-only rules on other languages)
and the question answering (say why nothing was found for a question in another language)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# fmt: off
EN_WORDS = set(
    ["the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "for", "with", "is", "are", "was", "were", "be", "been", "it", "this", "that", "i", "you", "we", "they", "he", "she", "will", "would", "can", "could", "should", "have", "has", "had", "do", "does", "did", "not", "no", "yes", "so", "if", "at", "by", "from", "as", "just", "what", "there", "i'll", "we'll", "you'll", "it's", "that's", "let's", "i'm", "we're", "don't", "can't", "won't", "okay", "ok", "thanks", "yeah", "my", "our", "your", "me", "us", "them", "about", "all", "up", "out", "get", "go", "need", "send", "next", "then", "now", "one", "two", "some", "more", "when", "which", "who", "how"]
)
# fmt: on
ENGLISH_SHARE_MIN = 0.12  # below this share of common English words a transcript is treated as not English
_LATIN_MAX = 0x24F  # Basic Latin through Latin Extended-B


def english_share(texts: Sequence[str]) -> float:
    """Share of the words (of the first 400 texts) that are common English function words."""
    words = [w for t in texts[:400] for w in re.findall(r"[a-zA-Z']+", t.lower())]
    total = sum(len(t.split()) for t in texts[:400])
    if not total:
        return 0.0
    return sum(1 for w in words if w in EN_WORDS) / total


def looks_non_english(text: str) -> bool:
    """A question that is most likely not English: mostly non-Latin letters (Japanese, Greek...), or three or
    more words with almost no common English words ('Wer ist für die Firewall-Änderung zuständig?').
    Short keyword questions ('firewall owner?') are not judged."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if sum(1 for c in letters if ord(c) > _LATIN_MAX) / len(letters) > 0.5:
        return True
    return len(text.split()) >= 3 and english_share([text]) < ENGLISH_SHARE_MIN


# Hesitations of spoken English as transcribed (AMI, ICSI, Teams captions); Whisper mostly leaves them out.
FILLERS = frozenset({"uh", "um", "uhm", "umm", "er", "erm", "mm", "mmm", "hmm", "hm", "mm-hmm", "uh-huh", "um-hmm",
                     "mm-mm", "uh-uh"})
_CUT_OFF = re.compile(r"^[^\W\d_]+-$")  # "w-", "specifi-": a word broken off
# "pre- and post-sales": a written prefix whose compound comes next, not a word broken off ("t- to go" is one).
_SUSPENDED_BEFORE = frozenset({"and", "or", "nor", "to"})
_COMPOUND = re.compile(r"\w-\w")
_BARE = re.compile(r"^\W+|\W+$")
_WORD_CHAR = re.compile(r"\w")
MAX_REPEAT = 3  # longest word run collapsed when said twice in a row ("I'll I'll", "on the on the")


def _spaced_fillers(words: list[str]) -> list[str]:
    """QMSum writes hyphens spaced ("Mm - hmm ."): such a filler becomes one word so it goes as a whole."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 2 < len(words) and words[i + 1] == "-":
            joined = f"{words[i]}-{words[i + 2]}"
            if _BARE.sub("", joined).lower() in FILLERS:
                out.append(joined)
                i += 3
                continue
        out.append(words[i])
        i += 1
    return out


def _suspended(words: list[str], n: int) -> bool:
    """Is words[n] ("right-") the first half of "right- and left-handed"?"""
    return (
        n + 2 < len(words)
        and words[n + 1].lower() in _SUSPENDED_BEFORE
        and bool(_COMPOUND.search(words[n + 2]))
    )


def spoken_clean(text: str) -> str:
    """Text as it would be written: fillers, broken-off words and stuttered repeats dropped.

    "Um we'll we'll uh need the the w- working design" -> "we'll need the working design". Punctuation is kept with
    the word that carries it; clean text comes back unchanged, and a turn that is only hesitation ("Mm-hmm.")
    comes back as it was rather than empty or bare punctuation.
    """
    words = _spaced_fillers(text.split())
    kept = [
        w
        for n, w in enumerate(words)
        if _BARE.sub("", w).lower() not in FILLERS
        and not (_CUT_OFF.match(w) and not _suspended(words, n))
    ]
    out: list[str] = []
    keys: list[str] = []
    for w in kept:
        out.append(w)
        keys.append(_BARE.sub("", w).lower())
        for n in range(1, MAX_REPEAT + 1):
            # The earlier copy goes: the later one carries the sentence on (and its punctuation).
            if len(keys) >= 2 * n and keys[-n:] == keys[-2 * n : -n] and all(keys[-n:]):
                del out[-2 * n : -n]
                del keys[-2 * n : -n]
                break
    return " ".join(out) if any(_WORD_CHAR.search(w) for w in out) else text
