"""decode_audio: every supported container decodes to 16 kHz mono float32; every bad input is one clear line."""

from __future__ import annotations

import random
import shutil
import subprocess
import wave
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import InputError
from ingest.audio import AUDIO_EXTENSIONS, SAMPLE_RATE, decode_audio

av = pytest.importorskip("av")

SPEECH = "Good morning Mark. Priya will send the firewall rule change by Friday."


# --------------------------------------------------------------------------- fixture builders


def sine(seconds: float, rate: int = SAMPLE_RATE, freq: float = 440.0, channels: int = 1) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    tone = (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return np.stack([tone] * channels)


def write_wav(path: Path, audio: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """audio: (channels, n) float32."""
    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2").T.reshape(-1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(audio.shape[0])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def encode(
    path: Path,
    audio: np.ndarray,
    rate: int,
    codec: str,
    *,
    out_rate: int | None = None,
    metadata: dict[str, str] | None = None,
    with_video: bool = False,
) -> Path:
    """Encode (channels, n) float32 audio through PyAV, as a user's recorder would."""
    layout = "mono" if audio.shape[0] == 1 else "stereo"
    out_rate = out_rate or rate
    with av.open(str(path), "w") as container:
        if metadata:
            container.metadata.update(metadata)
        video = None
        if with_video:
            video = container.add_stream("mpeg4", rate=10)
            video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        stream = container.add_stream(codec, rate=out_rate)
        stream.layout = layout
        fmt = stream.codec_context.codec.audio_formats[0].name
        resampler = av.AudioResampler(format=fmt, layout=layout, rate=out_rate)
        pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16).T.reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm), format="s16", layout=layout)
        frame.sample_rate = rate
        for out in [*resampler.resample(frame), *resampler.resample(None)]:
            container.mux(stream.encode(out))
        container.mux(stream.encode(None))
        if video is not None:
            seconds = audio.shape[1] / rate
            for i in range(int(seconds * 10)):
                img = av.VideoFrame.from_ndarray(np.full((48, 64, 3), i % 255, np.uint8), format="rgb24")
                img.pts = i
                img.time_base = Fraction(1, 10)
                container.mux(video.encode(img))
            container.mux(video.encode(None))
    return path


def write_video_only(path: Path, seconds: float = 2.0) -> Path:
    with av.open(str(path), "w") as container:
        video = container.add_stream("mpeg4", rate=10)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        for i in range(int(seconds * 10)):
            img = av.VideoFrame.from_ndarray(np.full((48, 64, 3), 40, np.uint8), format="rgb24")
            img.pts = i
            container.mux(video.encode(img))
        container.mux(video.encode(None))
    return path


@pytest.fixture(scope="module")
def speech_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (make setup installs it)")
    path = tmp_path_factory.mktemp("speech") / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(path), SPEECH], check=True)
    return path


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as w:
        rate = w.getframerate()
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768
    return data[None, :], rate


# --------------------------------------------------------------------------- good input


def test_the_same_speech_in_every_format_decodes_to_about_the_same_duration(
    speech_wav: Path, tmp_path: Path
) -> None:
    audio, rate = read_wav(speech_wav)
    files = {
        ".wav": speech_wav,
        ".mp3": encode(tmp_path / "s.mp3", audio, rate, "libmp3lame"),
        ".m4a": encode(tmp_path / "s.m4a", audio, rate, "aac"),
        ".flac": encode(tmp_path / "s.flac", audio, rate, "flac"),
        ".ogg": encode(tmp_path / "s.ogg", audio, rate, "libopus", out_rate=48_000),
        ".webm": encode(tmp_path / "s.webm", audio, rate, "libopus", out_rate=48_000),
    }
    expected = audio.shape[1] / rate
    for ext, path in files.items():
        decoded = decode_audio(path)
        assert decoded.samples.dtype == np.float32, ext
        assert decoded.samples.ndim == 1, ext
        assert abs(decoded.duration_s - expected) < 0.15, (ext, decoded.duration_s, expected)
        assert len(decoded.samples) == pytest.approx(decoded.duration_s * SAMPLE_RATE, abs=1)
        assert 0.2 < float(np.abs(decoded.samples).max()) <= 1.0, ext


def test_stereo_44k_audio_is_downmixed_and_resampled_to_16k_mono(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "stereo.wav", sine(2.0, rate=44_100, channels=2), rate=44_100)
    decoded = decode_audio(path)
    assert decoded.duration_s == pytest.approx(2.0, abs=0.01)
    # A 440 Hz tone must still be 440 Hz after resampling: check the spectrum peak.
    spectrum = np.abs(np.fft.rfft(decoded.samples))
    peak_hz = np.argmax(spectrum) * SAMPLE_RATE / len(decoded.samples)
    assert peak_hz == pytest.approx(440, abs=2)


def test_a_video_with_an_audio_track_decodes_its_audio(tmp_path: Path) -> None:
    path = encode(tmp_path / "meeting.mp4", sine(2.0), SAMPLE_RATE, "aac", with_video=True)
    decoded = decode_audio(path)
    assert decoded.duration_s == pytest.approx(2.0, abs=0.15)  # AAC adds encoder priming and padding


def test_the_recording_date_comes_from_the_container_metadata(tmp_path: Path) -> None:
    m4a = encode(
        tmp_path / "a.m4a", sine(1.5), SAMPLE_RATE, "aac", metadata={"creation_time": "2024-03-05T10:30:00Z"}
    )
    mp3 = encode(tmp_path / "b.mp3", sine(1.5), SAMPLE_RATE, "libmp3lame", metadata={"date": "2024-04-09"})
    plain = write_wav(tmp_path / "c.wav", sine(1.5))
    assert decode_audio(m4a).recorded_at == datetime(2024, 3, 5, 10, 30, tzinfo=UTC)
    assert decode_audio(mp3).recorded_at == datetime(2024, 4, 9)
    assert decode_audio(plain).recorded_at is None


# --------------------------------------------------------------------------- bad input


def reason_of(path: Path, **kwargs: float) -> str:
    with pytest.raises(InputError) as info:
        decode_audio(path, **kwargs)
    err = info.value
    assert err.file == path.name
    assert "\n" not in str(err)
    return err.reason


def test_an_unsupported_extension_is_rejected_listing_the_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04 not audio")
    reason = reason_of(path)
    assert ".docx" in reason
    for ext in AUDIO_EXTENSIONS:
        assert ext in reason


def test_an_empty_file_is_rejected_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "call.wav"
    path.touch()
    assert reason_of(path) == "is empty (0 bytes)"


def test_a_missing_file_is_reported_as_not_found(tmp_path: Path) -> None:
    assert reason_of(tmp_path / "gone.mp3") == "file not found"


def test_a_text_file_named_mp3_is_rejected_as_not_audio(tmp_path: Path) -> None:
    path = tmp_path / "minutes.mp3"
    path.write_text("Action items from Tuesday's call\n" * 30)
    reason = reason_of(path)
    assert "not audio" in reason and ".mp3" in reason


def test_random_bytes_named_wav_are_rejected_as_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "blob.wav"
    path.write_bytes(random.Random(3).randbytes(20_000))
    assert "cannot be decoded" in reason_of(path)


def test_an_mp3_cut_in_half_is_rejected_as_truncated(speech_wav: Path, tmp_path: Path) -> None:
    audio, rate = read_wav(speech_wav)
    full = encode(tmp_path / "full.mp3", audio, rate, "libmp3lame").read_bytes()
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(full[: len(full) // 2])
    reason = reason_of(cut)
    assert "truncated" in reason and "declares" in reason


def test_an_mp3_with_garbage_bytes_inside_is_rejected_as_corrupt(speech_wav: Path, tmp_path: Path) -> None:
    audio, rate = read_wav(speech_wav)
    data = bytearray(encode(tmp_path / "full.mp3", audio, rate, "libmp3lame").read_bytes())
    rng = random.Random(7)
    third = len(data) // 3
    data[third : third + len(data) // 5] = rng.randbytes(len(data) // 5)
    bad = tmp_path / "garbled.mp3"
    bad.write_bytes(bytes(data))
    assert "corrupt" in reason_of(bad)


def test_a_wav_cut_short_is_rejected_as_truncated(tmp_path: Path) -> None:
    data = write_wav(tmp_path / "full.wav", sine(3.0)).read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 2])
    assert "truncated" in reason_of(cut)


def test_a_flac_and_an_ogg_cut_short_are_rejected(tmp_path: Path) -> None:
    noise = (np.random.default_rng(1).standard_normal((1, 4 * SAMPLE_RATE)) * 0.1).astype(np.float32)
    for name, codec, rate in (("f.flac", "flac", SAMPLE_RATE), ("o.ogg", "libopus", 48_000)):
        data = encode(tmp_path / name, noise, SAMPLE_RATE, codec, out_rate=rate).read_bytes()
        cut = tmp_path / f"cut-{name}"
        cut.write_bytes(data[: len(data) // 2])
        assert "truncated" in reason_of(cut), name


def test_a_video_without_audio_is_rejected_as_having_no_audio_stream(tmp_path: Path) -> None:
    path = write_video_only(tmp_path / "screen.mp4")
    assert reason_of(path) == "has no audio stream (only video)"


def test_a_half_second_clip_is_too_short(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "blip.wav", sine(0.5))
    assert reason_of(path) == "is too short (0.5 s); need at least 1.0 s"


def test_the_minimum_duration_can_be_lowered(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "blip.wav", sine(0.5))
    assert decode_audio(path, min_duration_s=0.25).duration_s == pytest.approx(0.5, abs=0.01)
