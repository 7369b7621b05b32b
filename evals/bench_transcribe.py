"""Transcription benchmark: raw faster-whisper versus the full Candor ingest, each in a fresh process.

    python -m evals.bench_transcribe [--minutes 10] [--model tiny.en] [--audio PATH] [--variants raw,candor]

Builds a ~N-minute multi-speaker recording by looping the demo call (or --audio), then runs each variant
in its own subprocess so peak RSS is per variant (measured by the parent with wait4). Wall time covers
model load plus transcription (raw) or the whole ingest (candor: decode, transcribe, diarize, extract,
index). Targets: candor >= 8x real time with tiny.en, candor/raw wall <= 1.25, peak RSS < 1.5 GB.

Both variants decode with the options Candor's WhisperTranscriber derives from the settings (beam size,
patience, VAD, ...; CANDOR_TRANSCRIPTION__* overrides apply to both). CPU s is the child's user+system
time (all threads), steadier than wall time on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_AUDIO = Path(__file__).resolve().parent.parent / "ingest" / "samples" / "demo_call.flac"
SAMPLE_RATE = 16_000


def build_recording(source: Path, minutes: float, out: Path) -> float:
    """Loop ``source`` (with 1 s of silence between loops) to ``minutes`` and write 16 kHz mono WAV."""
    from ingest.audio import decode_audio

    clip = decode_audio(source).samples
    gap = np.zeros(SAMPLE_RATE, np.float32)
    unit = np.concatenate([clip, gap])
    total = int(minutes * 60 * SAMPLE_RATE)
    reps = int(np.ceil(total / len(unit)))
    audio = np.tile(unit, reps)[:total]
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    return len(audio) / SAMPLE_RATE


# --------------------------------------------------------------------------- workers (run in a child)


def _worker_raw(audio: Path, model: str, threads: int) -> dict[str, Any]:
    """Plain faster-whisper with the same model, model options and decoding options Candor uses.

    The options come from Candor's own WhisperTranscriber (built from the same settings, so CANDOR_
    environment overrides apply to both variants); only the surrounding work (windowing, filtering,
    diarization, indexing) is left out.
    """
    t0 = time.perf_counter()
    from faster_whisper import WhisperModel

    from assistant.engines.transcriber import WhisperTranscriber
    from assistant.settings import Settings

    settings = Settings(transcription={"model": model, "cpu_threads": threads})
    transcriber = WhisperTranscriber(
        settings.transcription, cache_dir=Path(tempfile.gettempdir()) / "candor-bench-models"
    )
    whisper = WhisperModel(str(transcriber.model_dir), **transcriber.model_options())
    t_load = time.perf_counter() - t0
    options = transcriber.decode_options()
    segments, _info = whisper.transcribe(str(audio), **options)
    texts = [s.text for s in segments]  # the generator does the work
    wall = time.perf_counter() - t0
    return {
        "wall": wall,
        "load": t_load,
        "segments": len(texts),
        "options": {k: v for k, v in options.items() if k != "language"},
    }


def _worker_candor(audio: Path, model: str, threads: int, data_dir: Path) -> dict[str, Any]:
    """The full ingest through the composition root, as the CLI runs it."""
    t0 = time.perf_counter()
    from assistant.container import build_services
    from assistant.settings import Settings

    settings = Settings(data_dir=data_dir, transcription={"model": model, "cpu_threads": threads})
    services = build_services(settings)
    services.engagements.create("bench")
    results = services.ingest.ingest("bench", [audio], num_speakers=None)
    wall = time.perf_counter() - t0
    result = results[0]
    if result.status == "error":
        raise SystemExit(f"ingest failed: {result.error}")
    return {
        "wall": wall,
        "timings": result.timings,
        "speakers": len(result.speakers),
        "facts": result.facts,
    }


def _run_worker(variant: str, audio: Path, model: str, threads: int, data_dir: Path) -> dict[str, Any]:
    cmd = [
        sys.executable,
        "-m",
        "evals.bench_transcribe",
        "--worker",
        variant,
        "--audio",
        str(audio),
        "--model",
        model,
        "--threads",
        str(threads),
        "--data-dir",
        str(data_dir),
    ]
    env = dict(os.environ, OMP_NUM_THREADS=str(threads))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=Path(__file__).resolve().parent.parent, env=env)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"variant {variant} failed (exit {proc.returncode})")
    data = json.loads(out.decode().strip().splitlines()[-1])
    data["peak_rss_mb"] = usage.ru_maxrss / 1024  # Linux reports KiB
    data["cpu_s"] = usage.ru_utime + usage.ru_stime  # all threads; steadier than wall on a busy machine
    return data


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="Length of the looped recording.")
    parser.add_argument("--model", default="tiny.en", help="tiny.en, base or a model directory.")
    parser.add_argument(
        "--audio", type=Path, default=DEFAULT_AUDIO, help="Recording to loop (default: demo call)."
    )
    parser.add_argument(
        "--variants",
        default="raw,candor",
        help="Comma-separated: raw, candor.",
    )
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for Whisper.")
    parser.add_argument(
        "--repeats",
        type=int,
        default=2,
        help="Runs per variant, in ABBA order (a shared machine slows down run by run, which would favour "
        "whichever variant runs first); the table shows each variant's fastest run.",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        if args.worker == "raw":
            data = _worker_raw(args.audio, args.model, args.threads)
        else:
            data = _worker_candor(args.audio, args.model, args.threads, args.data_dir)
        print(json.dumps(data))
        return 0

    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    with tempfile.TemporaryDirectory(prefix="candor-bench-") as tmp:
        tmp_path = Path(tmp)
        recording = tmp_path / "bench_call.wav"
        audio_s = build_recording(args.audio, args.minutes, recording)
        print(
            f"recording: {audio_s:.0f} s looped from {args.audio.name}; model {args.model}, {args.threads} threads"
        )
        runs: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
        for i in range(max(1, args.repeats)):
            for variant in variants if i % 2 == 0 else variants[::-1]:
                data_dir = tmp_path / f"data-{variant}-{i}"
                row = _run_worker(variant, recording, args.model, args.threads, data_dir)
                runs[variant].append(row)
                print(f"  {variant}: done in {row['wall']:.1f} s", file=sys.stderr)
        rows = {v: min(r, key=lambda row: row["wall"]) for v, r in runs.items()}

    print(
        f"{'variant':<12} {'audio s':>8} {'wall s':>8} {'RTF (x)':>8} {'CPU s':>8} {'peak RSS MB':>12}  all runs (wall s)"
    )
    for variant, row in rows.items():
        rtf = audio_s / row["wall"]
        every = ", ".join(f"{r['wall']:.1f}" for r in runs[variant])
        print(
            f"{variant:<12} {audio_s:>8.0f} {row['wall']:>8.1f} {rtf:>8.1f} {row['cpu_s']:>8.1f} "
            f"{max(r['peak_rss_mb'] for r in runs[variant]):>12.0f}  {every}"
        )
    if "raw" in rows:
        print(f"decoding options (both variants): {rows['raw']['options']}")
    if rows.get("candor", {}).get("timings"):
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in rows["candor"]["timings"].items())
        print(f"candor stages: {stages}")
    if "raw" in rows and "candor" in rows:
        ratio = rows["candor"]["wall"] / rows["raw"]["wall"]
        rss_ok = rows["candor"]["peak_rss_mb"] < 1536
        rtf_ok = audio_s / rows["candor"]["wall"] >= 8 if args.model == "tiny.en" else True
        cpu_ratio = rows["candor"]["cpu_s"] / rows["raw"]["cpu_s"]
        print(f"overhead candor/raw: {ratio:.2f}x wall (target <= 1.25), {cpu_ratio:.2f}x CPU")
        print(
            f"targets: RTF>=8 {'ok' if rtf_ok else 'MISSED'}, overhead {'ok' if ratio <= 1.25 else 'MISSED'}, "
            f"RSS<1.5GB {'ok' if rss_ok else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
