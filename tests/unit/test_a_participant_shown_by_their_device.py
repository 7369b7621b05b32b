"""Zoom and Teams show a participant who joins from a phone by the device's name: "Graham's iPhone". That label
names Graham. Read as prose, the sponsor's "I'll sort it this week, honestly. By Friday." went to an Unknown
speaker (the blind audit lowmoor, call 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.formats import parse_transcript


def _vtt(tmp_path: Path, *cues: str) -> Path:
    body = "".join(f"{k + 1}\n00:00:{2 * k:02d}.000 --> 00:00:{2 * k + 1:02d}.000\n{cue}\n\n" for k, cue in enumerate(cues))
    path = tmp_path / "call.vtt"
    path.write_text(f"WEBVTT\n\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize(("cue", "speaker"), [
    ("Graham's iPhone: I'll sort it this week, honestly. By Friday.", "Graham"),
    ("Dev Patel's MacBook Pro: Can you see my screen?", "Dev Patel"),
    ("Sue\u2019s Galaxy S21: I'm on the bus.", "Sue"),
    ("<v Graham's iPhone>I'll sort it this week.</v>", "Graham"),
    ("Graham Ashworth: I'll sort it this week.", "Graham Ashworth"),  # (unchanged)
])
def test_a_device_label_names_its_owner(tmp_path: Path, cue: str, speaker: str) -> None:
    [seg] = parse_transcript(_vtt(tmp_path, cue)).segments
    assert seg.speaker == speaker


@pytest.mark.parametrize("cue", [
    "Graham's plan: ship on Friday.",  # prose with a colon, no device
    "the iPhone: it's the only one that works.",
])
def test_prose_about_a_device_is_not_a_speaker(tmp_path: Path, cue: str) -> None:
    [seg] = parse_transcript(_vtt(tmp_path, cue)).segments
    assert seg.speaker == "Unknown"


def test_the_device_and_the_full_name_of_one_person_are_one_speaker_in_a_row(tmp_path: Path) -> None:
    segs = parse_transcript(_vtt(tmp_path, "Graham's iPhone: Hello?", "Graham's iPhone: Can you hear me?")).segments
    assert [(s.speaker, s.text) for s in segs] == [("Graham", "Hello? Can you hear me?")]
