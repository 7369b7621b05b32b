"""How a moment of a meeting is shown: a clock time, or the turn when the transcript had no timestamps."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def fmt_ts(seconds: float | None) -> str:
    """Seconds from the start as 'mm:ss' or 'h:mm:ss'; '-' when unknown."""
    if seconds is None:
        return "-"
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h:d}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def fmt_at(start: float | None, segment_id: int | None, timed: bool = True) -> str:
    """Where a quote or transcript line was said: its clock time, or, in a plain-text transcript without
    timestamps (whose times were estimated from word counts and never said), its turn."""
    if timed:
        return fmt_ts(start)
    return f"turn {segment_id + 1}" if segment_id is not None else f"~{fmt_ts(start)} (estimated)"


def fmt_length(seconds: float | None, timed: bool = True) -> str:
    """A meeting's length; marked as estimated when its transcript had no timestamps."""
    return fmt_ts(seconds) if timed else f"~{fmt_ts(seconds)} estimated"


def untimed_ids(meetings: Iterable[Any]) -> frozenset[str]:
    """Ids of the meetings whose times were estimated, not read from the file (Meeting.timed False)."""
    return frozenset(m.meeting_id for m in meetings if not getattr(m, "timed", True))
