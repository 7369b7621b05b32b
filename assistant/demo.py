"""`candor demo`: the main job, offline, on the bundled sample call."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import CandorError

if TYPE_CHECKING:
    from assistant.container import Services

SAMPLES = Path(__file__).resolve().parent.parent / "ingest" / "samples"
# What the PM of the demo engagement knows about its people before the call.
DEMO_STAKEHOLDERS = [
    {"name": "Karen", "role": "sponsor", "side": "customer", "influence": "high", "interest": "low",
     "expected_attendee": True},
    {"name": "Priya", "role": "technical lead", "side": "customer", "influence": "medium", "interest": "high",
     "expected_attendee": True},
    {"name": "John", "role": "IT operations", "side": "customer", "influence": "medium", "interest": "medium",
     "expected_attendee": True},
    {"name": "Mark", "role": "project manager", "side": "vendor", "influence": "medium", "interest": "high",
     "expected_attendee": True},
]


def sample_call() -> Path:
    for ext in (".flac", ".wav", ".ogg", ".mp3", ".m4a"):
        path = SAMPLES / f"demo_call{ext}"
        if path.exists():
            return path
    raise CandorError(f"the bundled sample call is missing from {SAMPLES}")


def truth_names(truth_tsv: Path, segments: list[dict]) -> dict[str, str]:
    """Name diarized speakers from the sample's own reference turns (largest time overlap wins)."""
    turns = []
    with truth_tsv.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 3 and not row[0].startswith("#"):
                try:
                    turns.append((float(row[0]), float(row[1]), row[2].strip()))
                except ValueError:
                    continue  # header line
    overlap: dict[tuple[str, str], float] = {}
    for seg in segments:
        for start, end, name in turns:
            ov = min(seg["end"], end) - max(seg["start"], start)
            if ov > 0:
                overlap[(seg["speaker"], name)] = overlap.get((seg["speaker"], name), 0.0) + ov
    names: dict[str, str] = {}
    used: set[str] = set()
    for (label, name), _ in sorted(overlap.items(), key=lambda kv: -kv[1]):
        if label not in names and name not in used:
            names[label] = name
            used.add(name)
    return names


def run_demo(services: Services, engagement: str = "demo", echo: Callable[[str], None] = print) -> None:
    s = services
    eng = s.repo.find_engagement(engagement) or s.engagements.create(engagement)
    for person in DEMO_STAKEHOLDERS:
        s.people.set(eng.id, **person)  # type: ignore[arg-type]
    call = sample_call()
    echo(f"Ingesting {call.name} into engagement '{eng.name}' (offline: Whisper tiny.en, voice diarization)...")

    finished: set[str] = set()

    def progress(file: str, stage: str, fraction: float) -> None:
        if fraction >= 1.0 and stage not in finished:  # engines may report completion more than once
            finished.add(stage)
            echo(f"  {stage} done")

    result = s.ingest.ingest(
        eng.id, [call], title="Weekly status call", meeting_date=date(2026, 11, 18), on_progress=progress
    )[0]
    if result.status == "error":
        raise CandorError(f"demo ingest failed: {result.error}")
    echo(f"  meeting {result.meeting_id}: {result.status}")
    meeting = s.repo.get_meeting(eng.id, result.meeting_id or "")
    view = s.ingest.transcript_view(eng.id, meeting.meeting_id)
    truth = SAMPLES / "demo_call.turns_truth.tsv"
    if not truth.exists():
        truth = SAMPLES / "turns_truth.tsv"
    unnamed = [label for label in view["speakers"] if label.startswith("SPEAKER_")]
    if unnamed and truth.exists():
        names = {k: v for k, v in truth_names(truth, view["segments"]).items() if k in unnamed}
        if names:
            echo("  naming speakers: " + ", ".join(f"{k}={v}" for k, v in names.items()))
            s.people.name_speakers(eng.id, meeting.meeting_id, names)
            view = s.ingest.transcript_view(eng.id, meeting.meeting_id)

    echo("")
    echo(f"=== Transcript: {view['title']} ({view['date']}) ===")
    for seg in view["segments"]:
        m, sec = divmod(int(seg["start"]), 60)
        echo(f"[{m:02d}:{sec:02d}] {seg['speaker']}: {seg['text']}")

    facts = s.facts.list(eng.id)
    echo("")
    echo(f"=== Facts ({len(facts)}) ===")
    for f in facts:
        if f.kind in ("attendance", "sentiment", "mention"):
            continue
        owner = f.owner or "(no owner)"
        due = getattr(f, "due", None)
        extra = f", due {due}" if due else ""
        waiting = getattr(f, "waiting_on", None)
        extra += f", waiting on {waiting}" if waiting else ""
        status = getattr(f, "status", None)
        extra += f" [{status}]" if status and status != "open" else ""
        echo(f"- {f.kind}: {owner}: {f.text}{extra}")

    echo("")
    echo("=== Status report (business lead) ===")
    report = s.drafting.status_report(eng.id, "business lead", as_of=date(2026, 11, 25), since=None, override=None)
    echo(report.markdown)
