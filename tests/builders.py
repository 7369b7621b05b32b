"""Small builders for hand-made facts and meetings in scenario and extractor tests."""

from __future__ import annotations

from datetime import date, datetime

from assistant.models import ActionItem, Evidence, FactBase, FactEvent, Meeting, Person, Segment, Transcript
from ingest.extraction import MeetingContext


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


def reported_done(text: str, owner: str, mid: str, day: date, evidence: Evidence) -> ActionItem:
    """An item first heard of as already done ("The printer update is done."), as tracking records it."""
    item = ActionItem(text=text, owner=owner, status="done", meeting_id=mid, evidence=[evidence])
    item.history = [FactEvent(at=day, event="created", meeting_id=mid, note="status=done")]
    item.assign_id()
    return item


def meeting_context(turns: list[tuple[str, str]], people: list[Person], day: date, mid: str = "m") -> MeetingContext:
    """An imported meeting of (speaker, text) turns, five seconds each, speakers named as themselves."""
    segs = [Segment(id=i, start=i * 5.0, end=i * 5.0 + 4.0, speaker=sp, text=t) for i, (sp, t) in enumerate(turns)]
    names = {sp: sp for sp, _ in turns}
    meeting = Meeting(
        meeting_id=mid,
        engagement_id="e",
        title="t",
        date=day,
        source_file="x.vtt",
        sha256="s",
        source_kind="import",
        speaker_names=names,
        ingested_at=datetime.combine(day, datetime.min.time()),
    )
    tr = Transcript(sha256="s", source_name="x.vtt", source_kind="import", segments=segs)
    return MeetingContext(meeting=meeting, transcript=tr, people=people, speaker_names=names)


def vtt(turns: list[tuple[str, str]]) -> str:
    """A WebVTT export of (speaker, text) turns, ten seconds apart, with voice tags."""
    cues = [f"{k + 1}\n00:00:{10 * k:02d}.000 --> 00:00:{10 * k + 8:02d}.000\n<v {who}>{text}</v>\n"
            for k, (who, text) in enumerate(turns)]
    return "WEBVTT\n\n" + "\n".join(cues)
