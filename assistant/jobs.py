"""Background ingest jobs: one worker thread, a queue, and each job's progress persisted as JSON.

The Streamlit app holds one :class:`JobManager` per services object (``st.cache_resource``), so a job keeps
running in the server process when the browser is closed, and any page (or a reload) re-reads its state from
``<data_dir>/jobs/<job_id>.json``. Jobs left "queued" or "running" by an earlier server process are marked
"interrupted" when a manager starts, never left looking alive.
"""

from __future__ import annotations

import json
import queue
import shutil
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import CandorError, NotFound
from assistant.storage import atomic_write_json

if TYPE_CHECKING:
    from assistant.container import Services

# Identifies this server process: jobs written by another process cannot still be running.
_PROCESS_TOKEN = uuid.uuid4().hex

AUDIO_WEIGHTS = {"decode": 0.05, "transcribe": 0.55, "diarize": 0.2, "index": 0.05, "extract": 0.15}
IMPORT_WEIGHTS = {"parse": 0.2, "index": 0.3, "extract": 0.5}
ACTIVE_STATES = ("queued", "running")
_WRITE_EVERY_S = 0.3
# Aliases: inside JobManager the name `list` is its method, so annotations there use these.
JobList = list[dict[str, Any]]
Durations = list[float]


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(ts: datetime) -> str:
    return ts.isoformat()


def stage_weights(file_name: str) -> dict[str, float]:
    from ingest.pipeline import AUDIO_EXTENSIONS

    return AUDIO_WEIGHTS if Path(file_name).suffix.lower() in AUDIO_EXTENSIONS else IMPORT_WEIGHTS


def overall_fraction(weights: dict[str, float], stage: str, stage_fraction: float) -> float:
    """Fraction of a whole file done when ``stage`` is ``stage_fraction`` done (stages run in order)."""
    done = 0.0
    for name, weight in weights.items():
        if name == stage:
            return min(1.0, done + weight * max(0.0, min(1.0, stage_fraction)))
        done += weight
    return done


def estimate_remaining(elapsed_s: float, fraction: float) -> float | None:
    """Linear extrapolation; None until there is enough progress to say anything."""
    if fraction <= 0.02 or elapsed_s <= 0:
        return None
    return max(0.0, elapsed_s * (1.0 - fraction) / fraction)


class JobManager:
    """Runs ingest jobs one after another in a background thread; every state change is written to disk."""

    def __init__(self, services: Services, *, start: bool = True, keep_uploads: bool = False):
        self.s = services
        self.dir = services.settings.data_path / "jobs"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.keep_uploads = keep_uploads
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.RLock()
        self._last_write = 0.0
        self._thread: threading.Thread | None = None
        self.mark_interrupted()
        if start:
            self.start()

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._work, name="candor-ingest-jobs", daemon=True)
            self._thread.start()

    def shutdown(self, timeout: float = 10.0) -> None:
        """Finish the running job, then stop the worker (queued jobs stay queued until the next start)."""
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def mark_interrupted(self) -> list[str]:
        """Jobs an earlier process left queued or running can never finish: say so."""
        marked = []
        for job in self.list():
            if job["state"] in ACTIVE_STATES and job.get("process") != _PROCESS_TOKEN:
                job["state"] = "interrupted"
                job["finished_at"] = _iso(_now())
                job["remaining_s"] = None
                for f in job["files"]:
                    if f["state"] in ACTIVE_STATES:
                        f["state"] = "interrupted"
                        f["error"] = f"{f['name']}: interrupted by a server restart; upload it again"
                        f["remaining_s"] = None
                self._write(job)
                marked.append(job["id"])
        return marked

    # ------------------------------------------------------------------ public API

    def submit(
        self,
        engagement_id: str,
        files: list[Path],
        *,
        num_speakers: int | None = None,
        titles: Sequence[str | None] | None = None,
        dates: Sequence[date | None] | None = None,
    ) -> str:
        """Queue files for ingest into one engagement; returns the job id at once. ``titles`` and ``dates``, when
        given, hold one entry per file (None: the title from the file, the date from the recording or today)."""
        if not files:
            raise CandorError("no files to ingest")
        for given, what in ((titles, "titles"), (dates, "dates")):
            if given is not None and len(given) != len(files):
                raise CandorError(f"{len(given)} {what} for {len(files)} files: give one per file (or None)")
        titles = [(t or "").strip() or None for t in titles] if titles is not None else [None] * len(files)
        dates = list(dates) if dates is not None else [None] * len(files)
        self.s.repo.get_engagement(engagement_id)  # unknown engagement: fail now, not in the thread
        job_id = f"{_now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"
        job: dict[str, Any] = {
            "id": job_id,
            "engagement_id": engagement_id,
            "state": "queued",
            "process": _PROCESS_TOKEN,
            "num_speakers": num_speakers,
            "created_at": _iso(_now()),
            "started_at": None,
            "finished_at": None,
            "elapsed_s": 0.0,
            "remaining_s": None,
            "fraction": 0.0,
            "files": [
                {
                    "name": Path(p).name,
                    "path": str(p),
                    "state": "queued",
                    "stage": None,
                    "stage_fraction": 0.0,
                    "fraction": 0.0,
                    "started_at": None,
                    "elapsed_s": 0.0,
                    "remaining_s": None,
                    "result": None,
                    "error": None,
                    "title": title,
                    "meeting_date": day.isoformat() if day else None,
                }
                for p, title, day in zip(files, titles, dates, strict=True)
            ],
        }
        self._write(job)
        self._queue.put(job_id)
        return job_id

    def get(self, job_id: str) -> dict[str, Any]:
        path = self.dir / f"{job_id}.json"
        if not path.exists():
            raise NotFound(f"unknown job '{job_id}'")
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data

    def list(self, engagement_id: str | None = None) -> JobList:
        """Jobs, newest first; only one engagement's when given (pages never show another's jobs)."""
        jobs = []
        for path in self.dir.glob("*.json"):
            try:
                job = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a file being replaced right now; the next poll reads it
            if engagement_id is None or job.get("engagement_id") == engagement_id:
                jobs.append(job)
        return sorted(jobs, key=lambda j: j["created_at"], reverse=True)

    def active(self, engagement_id: str | None = None) -> JobList:
        return [j for j in self.list(engagement_id) if j["state"] in ACTIVE_STATES]

    def wait(self, job_id: str, timeout: float = 60.0, poll: float = 0.05) -> dict[str, Any]:
        """Block until the job is no longer queued or running (tests and scripts)."""
        deadline = time.monotonic() + timeout
        while True:
            job = self.get(job_id)
            if job["state"] not in ACTIVE_STATES:
                return job
            if time.monotonic() > deadline:
                raise TimeoutError(f"job {job_id} still {job['state']} after {timeout:.0f}s")
            time.sleep(poll)

    def forget(self, job_id: str) -> None:
        """Remove a finished job's record (the meetings it created stay)."""
        job = self.get(job_id)
        if job["state"] in ACTIVE_STATES:
            raise CandorError(f"job {job_id} is still {job['state']}")
        (self.dir / f"{job_id}.json").unlink(missing_ok=True)

    # ------------------------------------------------------------------ worker

    def _work(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            try:
                self._run(job_id)
            except Exception as exc:  # the worker must survive anything one job does
                try:
                    job = self.get(job_id)
                    job["state"] = "failed"
                    job["error"] = f"{type(exc).__name__}: {exc}"
                    job["finished_at"] = _iso(_now())
                    self._write(job)
                except Exception:
                    pass

    def _run(self, job_id: str) -> None:
        job = self.get(job_id)
        if job["state"] != "queued":
            return
        t_job = time.monotonic()
        job["state"] = "running"
        job["started_at"] = _iso(_now())
        self._write(job)
        done_durations: Durations = []
        for index, f in enumerate(job["files"]):
            weights = stage_weights(f["name"])
            t_file = time.monotonic()
            f["state"] = "running"
            f["started_at"] = _iso(_now())
            first_stage = next(iter(weights))
            f["stage"] = first_stage

            def on_progress(
                file_name: str, stage: str, fraction: float, f: dict[str, Any] = f, t0: float = t_file
            ) -> None:
                weights_now = stage_weights(f["name"])
                if stage not in weights_now:
                    return
                changed = stage != f["stage"] or fraction >= 1.0
                f["stage"] = stage
                f["stage_fraction"] = round(float(fraction), 4)
                f["fraction"] = round(overall_fraction(weights_now, stage, fraction), 4)
                self._tick(job, f, t0, t_job, done_durations, force=changed)

            self._tick(job, f, t_file, t_job, done_durations, force=True)
            try:
                day = f.get("meeting_date")
                results = self.s.ingest.ingest(
                    job["engagement_id"],
                    [Path(f["path"])],
                    title=f.get("title"),
                    meeting_date=date.fromisoformat(day) if day else None,
                    num_speakers=job.get("num_speakers"),
                    on_progress=on_progress,
                )
                result = results[0].to_json()
                result.update(
                    title=results[0].title,
                    speakers=results[0].speakers,
                    dropped_unverified=results[0].dropped_unverified,
                    timings=results[0].timings,
                )
                f["result"] = result
                if results[0].status == "error":
                    f["state"], f["error"] = "error", results[0].error
                else:
                    f["state"] = results[0].status  # ingested | unchanged
            except CandorError as exc:
                f["state"], f["error"] = "error", f"{f['name']}: {exc}"
            except Exception as exc:  # one broken file never stops the others
                f["state"], f["error"] = "error", f"{f['name']}: {type(exc).__name__}: {exc}"
            f["elapsed_s"] = round(time.monotonic() - t_file, 2)
            f["remaining_s"] = 0.0 if f["state"] != "error" else None
            if f["state"] != "error":
                f["fraction"] = 1.0
            done_durations.append(f["elapsed_s"])
            job["fraction"] = round((index + 1) / len(job["files"]), 4)
            self._tick(job, None, t_file, t_job, done_durations, force=True)
            if not self.keep_uploads:
                self._discard_upload(Path(f["path"]))
        errors = sum(1 for f in job["files"] if f["state"] == "error")
        job["state"] = (
            "done" if errors == 0 else ("failed" if errors == len(job["files"]) else "done_with_errors")
        )
        job["finished_at"] = _iso(_now())
        job["elapsed_s"] = round(time.monotonic() - t_job, 2)
        job["remaining_s"] = 0.0
        self._write(job)

    def _tick(
        self,
        job: dict[str, Any],
        f: dict[str, Any] | None,
        t_file: float,
        t_job: float,
        done_durations: Durations,
        *,
        force: bool,
    ) -> None:
        now = time.monotonic()
        n = len(job["files"])
        finished = len(done_durations)
        if f is not None:
            f["elapsed_s"] = round(now - t_file, 2)
            f["remaining_s"] = estimate_remaining(f["elapsed_s"], f["fraction"])
            job["fraction"] = round((finished + f["fraction"]) / n, 4)
        job["elapsed_s"] = round(now - t_job, 2)
        # Files still waiting are guessed at the mean time of the finished ones.
        left_after_current = n - finished - (1 if f is not None else 0)
        mean = sum(done_durations) / finished if finished else None
        current_left = f["remaining_s"] if f is not None else 0.0
        if current_left is None or (left_after_current > 0 and mean is None):
            job["remaining_s"] = None
        else:
            job["remaining_s"] = round(current_left + left_after_current * (mean or 0.0), 1)
        if force or now - self._last_write >= _WRITE_EVERY_S:
            self._write(job)

    def _discard_upload(self, path: Path) -> None:
        """Uploads live under <data_dir>/incoming/<batch>/; the ingest keeps its own copy of the audio."""
        incoming = (self.s.settings.data_path / "incoming").resolve()
        try:
            resolved = path.resolve()
        except OSError:
            return
        if incoming in resolved.parents:
            resolved.unlink(missing_ok=True)
            parent = resolved.parent
            if parent != incoming and parent.is_dir() and not any(parent.iterdir()):
                shutil.rmtree(parent, ignore_errors=True)

    def _write(self, job: dict[str, Any]) -> None:
        with self._lock:
            atomic_write_json(self.dir / f"{job['id']}.json", job)
            self._last_write = time.monotonic()
