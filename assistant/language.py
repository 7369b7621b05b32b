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
