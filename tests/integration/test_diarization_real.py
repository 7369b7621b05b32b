"""The real voice diarizer (Resemblyzer weights, numpy) on speech synthesised by espeak-ng at test time."""

from __future__ import annotations

import io
import shutil
import subprocess
import wave

import numpy as np
import pytest

from assistant.engines.diarizer import VoiceDiarizer, match_voices
from assistant.models import Segment, Word
from assistant.settings import DiarizationSettings
from ingest.voice_encoder import VoiceEncoder

pytestmark = pytest.mark.slow

# A lower US male and a British female variant. Plain "en-us" against "en-gb+f3" is much closer for the
# encoder (same formant synthesiser); that pair is used to check a fixed speaker count.
VOICES = {"A": ("en-us+m1", 40, 165), "B": ("en-gb+f3", 60, 165)}
CLOSE_VOICES = {"A": ("en-us", 45, 165), "B": ("en-gb+f3", 60, 165)}
SCRIPT = [
    ("A", "Good morning, this is the weekly status call for the office move."),
    ("B", "Thanks. The new desks arrive on Monday and the movers start on Tuesday."),
    ("A", "Did the landlord sign the lease extension yet?"),
    ("B", "Not yet. Legal is still reviewing the parking clause, so we are waiting on them."),
    ("A", "Okay. I will call the landlord today and ask for a date."),
    ("B", "Great, then I will update the plan once we hear back."),
]


def _say(text: str, voice: str, pitch: int, speed: int) -> np.ndarray:
    raw = subprocess.run(
        ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "--stdout", text],
        capture_output=True,
        check=True,
        timeout=30,
    ).stdout
    with wave.open(io.BytesIO(raw)) as w:
        rate = w.getframerate()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    n = int(len(x) * 16000 / rate)
    return np.interp(np.linspace(0, len(x) - 1, n), np.arange(len(x)), x).astype(np.float32)


def _conversation(
    script: list[tuple[str, str]], voices: dict[str, tuple[str, int, int]] = VOICES
) -> tuple[np.ndarray, list[Segment], list[str]]:
    """Audio, Whisper-like segments (words spread evenly over each utterance's sound) and each word's speaker."""
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is not installed (apt-get install espeak-ng)")
    audio: list[np.ndarray] = []
    segments: list[Segment] = []
    truth: list[str] = []
    t = 0.0
    for i, (who, text) in enumerate(script):
        x = _say(text, *voices[who])
        loud = np.flatnonzero(np.abs(x) > 0.01)
        start, end = t + loud[0] / 16000, t + loud[-1] / 16000
        tokens = text.split()
        step = (end - start) / len(tokens)
        words = [
            Word(start=round(start + k * step, 3), end=round(start + (k + 1) * step, 3), text=tok)
            for k, tok in enumerate(tokens)
        ]
        segments.append(Segment(id=i, start=start, end=end, speaker="", text=text, words=words))
        truth += [who] * len(tokens)
        audio += [x, np.zeros(int(0.5 * 16000), np.float32)]
        t += len(x) / 16000 + 0.5
    return np.concatenate(audio), segments, truth


@pytest.fixture(scope="module")
def encoder() -> VoiceEncoder:
    return VoiceEncoder()


def _share_right(segments: list[Segment], truth: list[str]) -> float:
    predicted = [w.speaker for s in segments for w in s.words]
    assert len(predicted) == len(truth)
    mapping = {"SPEAKER_1": "A", "SPEAKER_2": "B"}  # A speaks first, so A is SPEAKER_1
    return sum(mapping.get(p or "") == t for p, t in zip(predicted, truth, strict=True)) / len(truth)


def test_two_synthetic_voices_are_counted_and_told_apart_word_by_word(encoder: VoiceEncoder) -> None:
    audio, segments, truth = _conversation(SCRIPT)
    dia = VoiceDiarizer(DiarizationSettings(), encoder=encoder).diarize(audio, segments)
    assert {s.speaker for s in dia.segments} == {"SPEAKER_1", "SPEAKER_2"}
    assert _share_right(dia.segments, truth) >= 0.9
    assert set(dia.embeddings) == {"SPEAKER_1", "SPEAKER_2"}
    assert [s.id for s in dia.segments] == list(range(len(dia.segments)))


def test_two_close_synthetic_voices_are_told_apart_when_the_count_is_given(encoder: VoiceEncoder) -> None:
    audio, segments, truth = _conversation(SCRIPT, CLOSE_VOICES)
    dia = VoiceDiarizer(DiarizationSettings(), encoder=encoder).diarize(audio, segments, num_speakers=2)
    assert _share_right(dia.segments, truth) >= 0.9


def test_one_synthetic_voice_stays_one_speaker(encoder: VoiceEncoder) -> None:
    script = [("A", text) for _, text in SCRIPT]
    audio, segments, _ = _conversation(script)
    dia = VoiceDiarizer(DiarizationSettings(), encoder=encoder).diarize(audio, segments)
    assert {s.speaker for s in dia.segments} == {"SPEAKER_1"}


def test_a_known_voice_is_recognised_in_a_later_meeting(encoder: VoiceEncoder) -> None:
    first, segs1, _ = _conversation(SCRIPT[:4])
    later, segs2, _ = _conversation([SCRIPT[5], SCRIPT[4], SCRIPT[1], SCRIPT[2]])  # B speaks first now
    settings = DiarizationSettings()
    d1 = VoiceDiarizer(settings, encoder=encoder).diarize(first, segs1, num_speakers=2)
    d2 = VoiceDiarizer(settings, encoder=encoder).diarize(later, segs2, num_speakers=2)
    profiles = {"Mark": d1.embeddings["SPEAKER_1"], "Priya": d1.embeddings["SPEAKER_2"]}
    found = {
        label: person
        for label, person, _ in match_voices(d2.embeddings, profiles, settings.voice_match_threshold)
    }
    assert found == {"SPEAKER_1": "Priya", "SPEAKER_2": "Mark"}
