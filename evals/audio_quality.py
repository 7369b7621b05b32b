"""Audio quality: transcription WER and speaker attribution on the shared audio clips.

    python -m evals.audio_quality --data /work/shared/data/audio [--model tiny.en|base] [--json]
        [--num-speakers N] [--encoded]
    python -m evals.audio_quality --data /work/shared/data/audio --bench-minutes 10   (speed only)

For ``call.wav`` (synthetic two-voice status call; reference.txt + turns_truth.tsv) and
``pyannote_sample.wav`` (real 30 s phone call; .stm text + .rttm turns):

- WER: jiwer word error rate after lower-casing and removing punctuation (spelled numbers 0-99 written as
  digits on both sides, as Whisper writes "30 minutes" for "thirty minutes").
- speaker attribution: every hypothesis word gets the reference speaker active at its time (the reference
  turn it overlaps most; a turn within 0.5 s if none overlaps; several overlapping turns all count as right);
  accuracy is the share of those words whose predicted speaker maps to it, under the best one-to-one
  mapping of predicted to reference speakers (Hungarian on the word confusion counts).
- DER-ish: 10 ms frames; hypothesis speech = word spans per speaker (gaps under 0.5 s bridged); the
  reference call turns include 0.6 s trailing silence, so "missed" is inflated there by design; confusion
  is the share of reference speech frames where hypothesis speech has the wrong (mapped) speaker.
- decode check: call.mp3 / call.m4a decode to the same duration as call.wav (``--encoded`` also scores them).

The speaker count is estimated (unless --num-speakers). The diarizer's parameters are general; nothing here
is tuned per file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.models import Segment

FRAME_S = 0.01
_PUNCT = re.compile(r"[^\w\s']|_")


@dataclass
class RefTurn:
    start: float
    end: float
    speaker: str
    text: str = ""


@dataclass
class ClipResult:
    name: str
    duration_s: float
    wer: float
    ref_words: int
    hyp_words: int
    speaker_accuracy: float
    scored_words: int
    unscored_words: int
    ref_speakers: int
    predicted_speakers: int
    mapping: dict[str, str]
    der: dict[str, float]
    transcribe_s: float
    diarize_s: float


@dataclass
class Report:
    model: str
    clips: list[ClipResult] = field(default_factory=list)
    decode: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- references


_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
_NUMBER = {w: i for i, w in enumerate(_UNITS)} | _TENS


def _spelled_numbers_to_digits(words: list[str]) -> list[str]:
    """'thirty' -> '30', 'twenty five' -> '25' (0-99), so "thirty minutes" and "30 minutes" agree."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _TENS and i + 1 < len(words) and words[i + 1] in _NUMBER and 0 < _NUMBER[words[i + 1]] < 10:
            out.append(str(_TENS[w] + _NUMBER[words[i + 1]]))
            i += 2
            continue
        out.append(str(_NUMBER[w]) if w in _NUMBER else w)
        i += 1
    return out


def normalise_text(text: str) -> str:
    """Lower-case, drop punctuation (apostrophes inside words too), spelled numbers 0-99 as digits."""
    text = text.lower().replace("-", " ")
    text = _PUNCT.sub(" ", text).replace("'", "")
    return " ".join(_spelled_numbers_to_digits(text.split()))


def load_call_reference(folder: Path) -> list[RefTurn]:
    texts = [t for t in (folder / "reference.txt").read_text(encoding="utf-8").splitlines() if t.strip()]
    turns = []
    for line in (folder / "turns_truth.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a, b, spk = line.split("\t")[:3]
            turns.append(RefTurn(float(a), float(b), spk.strip()))
    if len(texts) != len(turns):
        raise ValueError(f"{folder}: reference.txt has {len(texts)} turns, turns_truth.tsv {len(turns)}")
    for t, text in zip(turns, texts, strict=True):
        t.text = text
    return turns


def load_rttm(path: Path) -> list[RefTurn]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[0] == "SPEAKER":
            start, dur = float(parts[3]), float(parts[4])
            out.append(RefTurn(start, start + dur, parts[7]))
    return out


def load_stm_text(path: Path) -> str:
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6:
            texts.append(parts[5])
    return " ".join(texts)


# --------------------------------------------------------------------------- metrics


def word_error_rate(reference: str, hypothesis: str) -> float:
    import jiwer

    ref, hyp = normalise_text(reference), normalise_text(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return float(jiwer.wer(ref, hyp))


def _ref_speakers_at(start: float, end: float, turns: list[RefTurn]) -> set[str]:
    best: set[str] = set()
    for t in turns:
        if min(end, t.end) - max(start, t.start) > 0 or (start == end and t.start <= start <= t.end):
            best.add(t.speaker)
    if best:
        return best
    mid = (start + end) / 2
    dist = [(min(abs(mid - t.start), abs(mid - t.end)), t.speaker) for t in turns]
    near = min(dist, default=(np.inf, ""))
    return {near[1]} if near[0] <= 0.5 else set()


def best_mapping(pairs: list[tuple[str, set[str]]]) -> dict[str, str]:
    """Best one-to-one map predicted -> reference speaker, maximising the words counted right."""
    from scipy.optimize import linear_sum_assignment

    preds = sorted({p for p, _ in pairs})
    refs = sorted({r for _, rs in pairs for r in rs})
    if not preds or not refs:
        return {}
    counts = np.zeros((len(preds), len(refs)))
    for p, rs in pairs:
        for r in rs:
            counts[preds.index(p), refs.index(r)] += 1
    rows, cols = linear_sum_assignment(-counts)
    return {preds[r]: refs[c] for r, c in zip(rows, cols, strict=True)}


def speaker_accuracy(segments: list[Segment], turns: list[RefTurn]) -> tuple[float, int, int, dict[str, str]]:
    """(accuracy, scored words, words with no reference turn near, mapping)."""
    pairs: list[tuple[str, set[str]]] = []
    unscored = 0
    for seg in segments:
        for w in seg.words or []:
            refs = _ref_speakers_at(w.start, w.end, turns)
            if not refs:
                unscored += 1
                continue
            pairs.append((w.speaker or seg.speaker, refs))
    mapping = best_mapping(pairs)
    right = sum(1 for p, rs in pairs if mapping.get(p) in rs)
    return (right / len(pairs) if pairs else 0.0), len(pairs), unscored, mapping


def der_ish(
    segments: list[Segment], turns: list[RefTurn], mapping: dict[str, str], duration: float
) -> dict[str, float]:
    n = int(np.ceil(duration / FRAME_S)) + 1
    ref_names = sorted({t.speaker for t in turns})
    ref = np.zeros((len(ref_names), n), dtype=bool)
    for t in turns:
        ref[ref_names.index(t.speaker), int(t.start / FRAME_S) : int(t.end / FRAME_S)] = True
    hyp_label = np.full(n, "", dtype=object)
    spans: dict[str, list[list[float]]] = {}
    for seg in segments:
        for w in seg.words or []:
            spk = w.speaker or seg.speaker
            lst = spans.setdefault(spk, [])
            if lst and w.start - lst[-1][1] < 0.5:
                lst[-1][1] = max(lst[-1][1], w.end)
            else:
                lst.append([w.start, w.end])
    for spk, lst in spans.items():
        for a, b in lst:
            hyp_label[int(a / FRAME_S) : int(b / FRAME_S) + 1] = mapping.get(spk, f"?{spk}")
    ref_any = ref.any(axis=0)
    hyp_any = hyp_label != ""
    total = max(int(ref_any.sum()), 1)
    missed = int((ref_any & ~hyp_any).sum())
    false_alarm = int((~ref_any & hyp_any).sum())
    both = np.flatnonzero(ref_any & hyp_any)
    confusion = sum(1 for i in both if hyp_label[i] not in {ref_names[k] for k in np.flatnonzero(ref[:, i])})
    return {
        "missed": round(missed / total, 4),
        "false_alarm": round(false_alarm / total, 4),
        "confusion": round(confusion / total, 4),
        "der": round((missed + false_alarm + confusion) / total, 4),
    }


# --------------------------------------------------------------------------- engines


def make_transcriber(model: str) -> Any:
    from assistant.engines.transcriber import WhisperTranscriber
    from assistant.settings import TranscriptionSettings

    return WhisperTranscriber(TranscriptionSettings(model=model))


def make_diarizer() -> Any:
    from assistant.engines.diarizer import VoiceDiarizer
    from assistant.settings import DiarizationSettings

    return VoiceDiarizer(DiarizationSettings())


def evaluate_clip(
    name: str,
    audio: np.ndarray,
    ref_text: str,
    turns: list[RefTurn],
    transcriber: Any,
    diarizer: Any,
    num_speakers: int | None = None,
) -> ClipResult:
    duration = len(audio) / 16_000
    t0 = time.perf_counter()
    raw = transcriber.transcribe(audio)
    t1 = time.perf_counter()
    segments = [s for s in raw.segments if s.text.strip()]
    dia = diarizer.diarize(audio, segments, num_speakers=num_speakers)
    t2 = time.perf_counter()
    return score_clip(name, duration, ref_text, turns, dia.segments, t1 - t0, t2 - t1)


def score_clip(
    name: str,
    duration: float,
    ref_text: str,
    turns: list[RefTurn],
    segments: list[Segment],
    transcribe_s: float = 0.0,
    diarize_s: float = 0.0,
) -> ClipResult:
    hyp_text = " ".join(s.text for s in segments)
    acc, scored, unscored, mapping = speaker_accuracy(segments, turns)
    return ClipResult(
        name=name,
        duration_s=round(duration, 2),
        wer=round(word_error_rate(ref_text, hyp_text), 4),
        ref_words=len(normalise_text(ref_text).split()),
        hyp_words=len(normalise_text(hyp_text).split()),
        speaker_accuracy=round(acc, 4),
        scored_words=scored,
        unscored_words=unscored,
        ref_speakers=len({t.speaker for t in turns}),
        predicted_speakers=len({s.speaker for s in segments}),
        mapping=mapping,
        der=der_ish(segments, turns, mapping, duration),
        transcribe_s=round(transcribe_s, 2),
        diarize_s=round(diarize_s, 2),
    )


def decode_check(folder: Path) -> dict[str, Any]:
    from ingest.audio import decode_audio

    base = decode_audio(folder / "call.wav")
    out: dict[str, Any] = {"call.wav": {"duration_s": round(base.duration_s, 3)}}
    for name in ("call.mp3", "call.m4a"):
        path = folder / name
        if not path.is_file():
            continue
        try:
            dec = decode_audio(path)
        except Exception as exc:  # the report should show any decode failure, not stop
            out[name] = {"ok": False, "error": str(exc)}
            continue
        out[name] = {
            "ok": abs(dec.duration_s - base.duration_s) < 0.2,
            "duration_s": round(dec.duration_s, 3),
            "rms_ratio": round(
                float(np.sqrt(np.mean(dec.samples**2)) / max(np.sqrt(np.mean(base.samples**2)), 1e-9)), 3
            ),
        }
    return out


def run(folder: Path, model: str, num_speakers: int | None = None, encoded: bool = False) -> Report:
    """Score call.wav and pyannote_sample.wav; with ``encoded``, also the call's MP3 and AAC encodings."""
    from ingest.audio import decode_audio

    folder = Path(folder)
    transcriber = make_transcriber(model)
    diarizer = make_diarizer()
    report = Report(model=model)
    if (folder / "call.wav").is_file():
        turns = load_call_reference(folder)
        ref = " ".join(t.text for t in turns)
        names = ["call.wav"] + (["call.mp3", "call.m4a"] if encoded else [])
        for name in names:
            if (folder / name).is_file():
                audio = decode_audio(folder / name).samples
                report.clips.append(
                    evaluate_clip(name, audio, ref, turns, transcriber, diarizer, num_speakers)
                )
        report.decode = decode_check(folder)
    if (folder / "pyannote_sample.wav").is_file():
        turns = load_rttm(folder / "pyannote_sample.rttm")
        audio = decode_audio(folder / "pyannote_sample.wav").samples
        ref = load_stm_text(folder / "pyannote_sample.stm")
        report.clips.append(
            evaluate_clip("pyannote_sample.wav", audio, ref, turns, transcriber, diarizer, num_speakers)
        )
    return report


def bench(folder: Path, minutes: float) -> dict[str, float]:
    """Time the voice encoder and the whole diarizer on ``minutes`` of call.wav repeated.

    Words are spread evenly over the reference turns (no Whisper), so only diarization is timed.
    """
    from assistant.engines.diarizer import VoiceDiarizer
    from assistant.models import Word
    from assistant.settings import DiarizationSettings
    from ingest.audio import decode_audio
    from ingest.voice_encoder import VoiceEncoder

    base = decode_audio(Path(folder) / "call.wav").samples
    turns = load_call_reference(Path(folder))
    span = len(base) / 16_000
    reps = max(1, int(np.ceil(minutes * 60 / span)))
    audio = np.tile(base, reps)[: int(minutes * 60 * 16_000)]
    segments: list[Segment] = []
    for r in range(reps):
        for t in turns:
            start, end = r * span + t.start, r * span + t.end - 0.6  # turns end with 0.6 s of silence
            if end > len(audio) / 16_000:
                break
            toks = t.text.split()
            step = (end - start) / len(toks)
            words = [
                Word(start=start + k * step, end=start + (k + 1) * step, text=w) for k, w in enumerate(toks)
            ]
            segments.append(
                Segment(id=len(segments), start=start, end=end, speaker="", text=t.text, words=words)
            )
    encoder = VoiceEncoder()
    windows = [(float(a), float(a) + 1.5) for a in np.arange(0, len(audio) / 16_000 - 1.5, 0.5)]
    t0 = time.perf_counter()
    encoder.embed_windows(audio, windows)
    t1 = time.perf_counter()
    VoiceDiarizer(DiarizationSettings(), encoder=encoder).diarize(audio, segments)
    t2 = time.perf_counter()
    return {
        "audio_minutes": round(len(audio) / 16_000 / 60, 2),
        "windows": len(windows),
        "encoder_s": round(t1 - t0, 2),
        "diarize_s": round(t2 - t1, 2),
        "encoder_threads": encoder.threads,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.audio_quality", description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data", type=Path, required=True, help="folder with call.wav, pyannote_sample.wav and refs"
    )
    ap.add_argument("--model", default="tiny.en", help="Whisper model: tiny.en, base or a local model dir")
    ap.add_argument(
        "--num-speakers", type=int, default=None, help="fix the speaker count (default: estimate)"
    )
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument(
        "--encoded", action="store_true", help="also score call.mp3 and call.m4a (WER and speakers)"
    )
    ap.add_argument(
        "--bench-minutes",
        type=float,
        default=None,
        help="only time diarization of this many minutes of audio",
    )
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"{args.data}: not a folder", file=sys.stderr)
        return 2
    if args.bench_minutes:
        print(json.dumps(bench(args.data, args.bench_minutes)))
        return 0
    report = run(args.data, args.model, args.num_speakers, encoded=args.encoded)
    if args.json:
        print(json.dumps(asdict(report), indent=2))
        return 0
    print(f"Whisper model: {report.model}")
    for c in report.clips:
        print(
            f"{c.name:22s} {c.duration_s:6.1f}s  WER {c.wer:6.1%}  speaker acc {c.speaker_accuracy:6.1%} "
            f"({c.scored_words} words, {c.unscored_words} unscored)  speakers {c.predicted_speakers}/{c.ref_speakers}  "
            f"DER~ {c.der['der']:.1%} (miss {c.der['missed']:.1%}, fa {c.der['false_alarm']:.1%}, "
            f"conf {c.der['confusion']:.1%})  transcribe {c.transcribe_s:.1f}s diarize {c.diarize_s:.1f}s"
        )
    for name, d in report.decode.items():
        print(f"decode {name}: {d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
