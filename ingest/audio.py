"""Decode any supported recording to 16 kHz mono float32 in-process with PyAV (no system ffmpeg).

Bad input raises :class:`InputError` with a one-line reason (unsupported extension, empty, not audio,
truncated or corrupt, no audio stream, too short); nothing from FFmpeg leaks out as a traceback.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import InputError

SAMPLE_RATE = 16_000
AUDIO_EXTENSIONS = {".wav", ".mp3", ".m4a", ".mp4", ".webm", ".ogg", ".flac"}

# A decode that loses more than this share (and at least _MIN_LOST_S) of the declared duration is corrupt.
_MAX_LOST_SHARE = 0.05
_MIN_LOST_S = 0.5
# Share of packets that may fail to decode before the file counts as corrupt (one glitch in a long
# recording is tolerated, as players do).
_MAX_BAD_PACKET_SHARE = 0.02
_METADATA_DATE_KEYS = (
    "creation_time",
    "com.apple.quicktime.creationdate",
    "date",
    "DATE",
    "ICRD",
    "TDRC",
    "year",
)


@dataclass
class DecodedAudio:
    """A decoded recording."""

    samples: np.ndarray  # float32 mono 16 kHz in [-1, 1]
    duration_s: float
    recorded_at: datetime | None


def supported_extensions_text() -> str:
    return ", ".join(sorted(AUDIO_EXTENSIONS))


def decode_audio(path: Path, *, min_duration_s: float = 1.0) -> DecodedAudio:
    """Decode ``path`` to float32 mono 16 kHz, or raise InputError naming the file and the reason."""
    path = Path(path)
    name = path.name
    ext = path.suffix.lower()
    if ext not in AUDIO_EXTENSIONS:
        shown = ext or "no extension"
        raise InputError(
            name, f"unsupported file type ({shown}); supported audio: {supported_extensions_text()}"
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if not path.is_file():
        raise InputError(name, "is not a file")
    if size == 0:
        raise InputError(name, "is empty (0 bytes)")
    if ext == ".wav":
        _check_wav_header(path, size)
    elif ext == ".ogg":
        _check_ogg_tail(path, size)

    import av  # heavy: keep `import ingest.audio` cheap

    try:
        container = av.open(str(path), mode="r")
    except av.error.FFmpegError:
        raise InputError(name, _unreadable_reason(path, ext)) from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    try:
        streams = [s for s in container.streams if s.type == "audio"]
        if not streams:
            kinds = sorted({s.type for s in container.streams})
            what = f"only {', '.join(kinds)}" if kinds else "no streams"
            raise InputError(name, f"has no audio stream ({what})")
        stream = streams[0]
        declared = _declared_duration(container, stream)
        recorded_at = _recorded_at(container.metadata, stream.metadata)
        samples, packets, bad_packets = _decode_stream(container, stream, declared)
    except InputError:
        raise
    except av.error.FFmpegError as exc:
        raise InputError(name, f"is corrupt and cannot be decoded ({_ffmpeg_reason(exc)})") from None
    finally:
        container.close()

    duration = len(samples) / SAMPLE_RATE
    if len(samples) == 0:
        raise InputError(name, "is corrupt or truncated: no audio could be decoded")
    if declared is not None and declared - duration > max(_MIN_LOST_S, _MAX_LOST_SHARE * declared):
        raise InputError(
            name,
            f"is truncated or corrupt: decoded {duration:.1f} s of the {declared:.1f} s the file declares",
        )
    if packets and bad_packets / packets > _MAX_BAD_PACKET_SHARE:
        raise InputError(name, f"is corrupt: {bad_packets} of {packets} audio packets could not be decoded")
    if duration < min_duration_s:
        raise InputError(name, f"is too short ({duration:.1f} s); need at least {min_duration_s:.1f} s")
    return DecodedAudio(samples=samples, duration_s=duration, recorded_at=recorded_at)


# --------------------------------------------------------------------------- helpers


def _decode_stream(container: Any, stream: Any, declared: float | None) -> tuple[np.ndarray, int, int]:
    """Decode packet by packet so one bad packet is counted, not fatal; resample to 16 kHz mono float."""
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    # Preallocate from the declared duration so a 2-hour file is not held twice while concatenating.
    buf = np.empty(int(((declared or 60.0) + 1.0) * SAMPLE_RATE), dtype=np.float32)
    filled = 0
    packets = 0
    bad = 0

    def append(frames: list[Any]) -> None:
        nonlocal buf, filled
        for frame in frames:
            data = frame.to_ndarray().reshape(-1)
            need = filled + data.shape[0]
            if need > buf.shape[0]:
                grown = np.empty(max(need, int(buf.shape[0] * 1.5)), dtype=np.float32)
                grown[:filled] = buf[:filled]
                buf = grown
            buf[filled:need] = data
            filled = need

    for packet in container.demux(stream):
        flush = packet.size == 0  # PyAV ends with an empty packet that drains the decoder
        if not flush:
            packets += 1
        try:
            decoded = packet.decode()
        except av.error.InvalidDataError:
            bad += 1
            continue
        for frame in decoded:
            append(resampler.resample(frame))
    append(resampler.resample(None))
    samples = buf[:filled]
    np.clip(samples, -1.0, 1.0, out=samples)
    return samples, packets, bad


def _declared_duration(container: Any, stream: Any) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def _check_wav_header(path: Path, size: int) -> None:
    """FFmpeg silently clamps a WAV data chunk to the file size; a cut WAV must not pass as complete."""
    with path.open("rb") as fh:
        head = fh.read(12)
        if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX") or head[8:12] != b"WAVE":
            return  # not RIFF/WAVE: leave the verdict to the decoder
        endian = "<" if head[:4] == b"RIFF" else ">"
        pos = 12
        while pos + 8 <= size:
            fh.seek(pos)
            chunk = fh.read(8)
            if len(chunk) < 8:
                return
            cid, csize = chunk[:4], struct.unpack(endian + "I", chunk[4:])[0]
            if cid == b"data":
                # 0 and 0xFFFFFFFF are placeholders written by streaming recorders: not a truncation.
                if csize not in (0, 0xFFFFFFFF) and pos + 8 + csize > size:
                    have, want = size - pos - 8, csize
                    raise InputError(
                        path.name,
                        f"is truncated: the WAV header declares {want} bytes of audio but the file has {have}",
                    )
                return
            pos += 8 + csize + (csize & 1)


def _check_ogg_tail(path: Path, size: int) -> None:
    """Ogg declares no total length; a file cut mid-page is the sign of a truncated download or copy."""
    with path.open("rb") as fh:
        if fh.read(4) != b"OggS":
            return
        start = max(0, size - 70_000)  # an Ogg page is at most 65,307 bytes
        fh.seek(start)
        tail = fh.read()
    pos = tail.rfind(b"OggS")
    if pos < 0 or pos + 27 > len(tail):
        return
    nseg = tail[pos + 26]
    table = tail[pos + 27 : pos + 27 + nseg]
    page_len = 27 + nseg + sum(table)
    if len(table) < nseg or pos + page_len > len(tail):
        raise InputError(path.name, "is truncated: the last Ogg page is cut off")


def _unreadable_reason(path: Path, ext: str) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError:
        head = b""
    if head and _looks_like_text(head):
        return f"is not audio (it contains text) although its extension is {ext}"
    return f"cannot be decoded as {ext} audio: the file is corrupt, truncated or not an audio file"


def _looks_like_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # A multi-byte character may be cut at the end of the sample.
        try:
            text = data[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return printable >= 0.95 * max(len(text), 1)


def _ffmpeg_reason(exc: Exception) -> str:
    msg = getattr(exc, "strerror", None) or str(exc)
    return str(msg).split(":")[0].strip() or type(exc).__name__


def _recorded_at(*metadata: dict[str, str]) -> datetime | None:
    for meta in metadata:
        lowered = {k.lower(): v for k, v in meta.items()}
        for key in _METADATA_DATE_KEYS:
            value = meta.get(key) or lowered.get(key.lower())
            if value:
                parsed = parse_metadata_date(value)
                if parsed is not None:
                    return parsed
    return None


def parse_metadata_date(value: str) -> datetime | None:
    """Parse container date tags ('2024-03-05T10:30:00.000000Z', '2024-03-05', '2024-03-05 10:30')."""
    text = value.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None  # a bare year (ID3 'year') is too vague to date a meeting
    text = text.replace("Z", "+00:00")
    if re.match(r"^\d{4}-\d{2}-\d{2} \d", text):
        text = text.replace(" ", "T", 1)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    # Muxers write epoch-like placeholders (1904/1970) when the real time is unknown.
    if parsed.year < 1990:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
    return parsed
