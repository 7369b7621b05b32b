"""Small builders for hand-made facts in scenario tests (status, drafting)."""

from __future__ import annotations

from assistant.models import Evidence, FactBase


def ev(mid: str, seg: int, speaker: str, quote: str) -> Evidence:
    """Evidence for segment ``seg`` of meeting ``mid``, timed one minute per segment."""
    return Evidence(
        meeting_id=mid,
        segment_id=seg,
        speaker=speaker,
        start=60.0 * seg + 14,
        end=60.0 * seg + 20,
        quote=quote,
    )


def fact(f: FactBase) -> FactBase:
    f.assign_id()
    return f
