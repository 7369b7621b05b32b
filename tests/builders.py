"""Small builders for hand-made facts and meetings in scenario and extractor tests."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from assistant.models import (
    ActionItem,
    Evidence,
    FactBase,
    FactEvent,
    FactSet,
    Meeting,
    Person,
    Segment,
    Transcript,
)
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
    def at(seconds: int) -> str:
        return f"00:{seconds // 60:02d}:{seconds % 60:02d}.000"

    cues = [f"{k + 1}\n{at(10 * k)} --> {at(10 * k + 8)}\n<v {who}>{text}</v>\n" for k, (who, text) in enumerate(turns)]
    return "WEBVTT\n\n" + "\n".join(cues)


def engagement_of_calls(root: Path, name: str, calls: dict[str, list[tuple[str, str]]], **people: dict[str, Any]) -> Any:
    """Services over a fresh data dir holding engagement ``name``, its stakeholders (name -> attributes) set, and
    one WebVTT call per file name (dated by its name) ingested. The real sentence embedder: tracking's
    similarity gates and the answers' fact matching are set for it."""
    from assistant.container import build_services
    from assistant.settings import Settings

    s = build_services(Settings(profile="test", data_dir=root / "data", embedding={"engine": "minilm"}))
    s.engagements.create(name)
    files = []
    for file_name, turns in calls.items():
        (root / file_name).write_text(vtt(turns), encoding="utf-8")
        files.append(root / file_name)
    for person, attrs in people.items():
        s.people.set(name, person, **attrs)
    results = s.ingest.ingest(name, files)
    assert all(r.status == "ingested" for r in results), results
    return s


def weekly_tracker(extractor: Any, embedder: Any, people: list[Person], week1: date, *, follow_ups: bool = True,
                   exchanges: bool = True) -> Any:
    """run(*calls) -> the engagement's facts after extracting one call a week from ``week1``, in order, each merged
    into the facts so far as ingest does, follow-ups included unless ``follow_ups`` is False (calls are lists of
    (speaker, text) turns; meetings w1, w2, ...)."""
    from assistant.tracking import merge_meeting_facts
    from ingest.extraction.followup import follow_up_for

    def run(*calls: list[tuple[str, str]]) -> list[FactBase]:
        facts: list[FactBase] = []
        ctxs = [meeting_context(turns, people, date.fromordinal(week1.toordinal() + 7 * k), mid=f"w{k + 1}")
                for k, turns in enumerate(calls)]
        for ctx in ctxs:
            facts = merge_meeting_facts(facts, list(extractor.extract(ctx).facts), ctx.meeting, embedder,
                                        meetings=[c.meeting for c in ctxs], people=people,
                                        follow_up=follow_up_for(ctx, embedder, exchanges=exchanges)
                                        if follow_ups else None)
        return facts

    return run


def owned_after(extractor: Any, embedder: Any, names: list[str], owner: str, week1: date,
                *calls: list[tuple[str, str]]) -> list[ActionItem]:
    """The action items of ``owner`` after tracking ``calls`` among ``names``, one a week from ``week1``."""
    facts = weekly_tracker(extractor, embedder, [Person(name=n) for n in names], week1)(*calls)
    return [f for f in action_items(facts) if f.owner == owner]


def action_items(facts: list[FactBase], status: str | None = None) -> list[ActionItem]:
    """The action items among tracked facts, of one status if given."""
    return [f for f in facts if isinstance(f, ActionItem) and (status is None or f.status == status)]


def of(fs: FactSet, kind: type) -> list:
    """The facts of one kind in an extraction result."""
    return [f for f in fs.facts if isinstance(f, kind)]


# The four people of the hand-written decision meetings (two vendor, two customer), meeting on a Monday.
ROOM = [
    Person(name="Imogen Hart", side="vendor"),
    Person(name="Felix Brandt", side="vendor"),
    Person(name="Ruth Okoye", side="customer"),
    Person(name="Pavel Novak", side="customer"),
]
ROOM_DAY = date(2025, 6, 2)


def in_room(extractor: Any, turns: list[tuple[str, str]]) -> FactSet:
    """The facts the extractor finds in a meeting of ``turns`` among ROOM on ROOM_DAY."""
    return extractor.extract(meeting_context(turns, ROOM, ROOM_DAY))  # type: ignore[no-any-return]
