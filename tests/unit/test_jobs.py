"""JobManager runs ingest in a background thread and persists progress as JSON (no Streamlit needed)."""

from __future__ import annotations

import json
import threading
import time
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assistant import jobs as jobs_mod
from assistant.errors import CandorError, InputError, NotFound
from assistant.jobs import JobManager, estimate_remaining, overall_fraction
from ingest.pipeline import IngestResult


class FakeRepo:
    def __init__(self, known: set[str]):
        self.known = known

    def get_engagement(self, eid: str) -> Any:
        if eid not in self.known:
            raise NotFound(f"unknown engagement '{eid}'")
        return SimpleNamespace(id=eid)


class FakeIngest:
    """Reports every stage like the real pipeline; 'bad' files fail, 'boom' files raise a bug."""

    def __init__(self, gate: threading.Event | None = None):
        self.calls: list[tuple[str, str]] = []
        self.details: list[tuple[str | None, date | None]] = []
        self.gate = gate

    def ingest(
        self,
        engagement: str,
        files: list[Path],
        *,
        title: str | None = None,
        meeting_date: date | None = None,
        num_speakers: Any = None,
        on_progress: Any,
    ) -> Any:
        path = Path(files[0])
        self.calls.append((engagement, path.name))
        self.details.append((title, meeting_date))
        if self.gate is not None:
            self.gate.wait(10)
        if "boom" in path.name:
            raise RuntimeError("unexpected bug")
        if "bad" in path.name:
            err = InputError(path.name, "file is empty (0 bytes)")
            return [IngestResult(file=str(path), status="error", error=str(err))]
        stages = (
            ("decode", "transcribe", "diarize", "index", "extract")
            if path.suffix == ".wav"
            else ("parse", "index", "extract")
        )
        for stage in stages:
            on_progress(path.name, stage, 0.0)
            on_progress(path.name, stage, 0.5)
            on_progress(path.name, stage, 1.0)
        return [
            IngestResult(
                file=str(path),
                status="ingested",
                meeting_id=f"m-{path.stem}",
                title=path.stem,
                speakers=["Priya"],
                facts=2,
            )
        ]


def make_services(tmp_path: Path, ingest: Any, known: tuple[str, ...] = ("acme",)) -> Any:
    return SimpleNamespace(
        settings=SimpleNamespace(data_path=tmp_path), repo=FakeRepo(set(known)), ingest=ingest
    )


@pytest.fixture()
def manager(tmp_path: Path) -> Any:
    mgr = JobManager(make_services(tmp_path, FakeIngest()))
    yield mgr
    mgr.shutdown()


def test_a_job_ingests_every_file_and_persists_its_results_as_json(
    manager: JobManager, tmp_path: Path
) -> None:
    job_id = manager.submit("acme", [tmp_path / "call.wav", tmp_path / "notes.txt"])
    job = manager.wait(job_id, timeout=10)
    assert job["state"] == "done"
    on_disk = json.loads((tmp_path / "jobs" / f"{job_id}.json").read_text())
    assert on_disk == job
    assert [f["state"] for f in job["files"]] == ["ingested", "ingested"]
    assert [f["result"]["meeting_id"] for f in job["files"]] == ["m-call", "m-notes"]
    assert job["files"][0]["stage"] == "extract" and job["files"][0]["fraction"] == 1.0
    assert job["fraction"] == 1.0 and job["remaining_s"] == 0.0


def test_each_file_of_a_job_is_ingested_with_the_title_and_date_given_for_it(tmp_path: Path) -> None:
    ingest = FakeIngest()
    mgr = JobManager(make_services(tmp_path, ingest))
    try:
        job_id = mgr.submit(
            "acme",
            [tmp_path / "week1.vtt", tmp_path / "week2.vtt"],
            titles=["Kick-off ", None],
            dates=[None, date(2026, 3, 9)],
        )
        job = mgr.wait(job_id, timeout=10)
    finally:
        mgr.shutdown()
    assert ingest.details == [("Kick-off", None), (None, date(2026, 3, 9))]
    assert [(f["title"], f["meeting_date"]) for f in job["files"]] == [
        ("Kick-off", None),
        (None, "2026-03-09"),
    ]


def test_titles_or_dates_that_do_not_match_the_files_one_to_one_are_refused(
    manager: JobManager, tmp_path: Path
) -> None:
    with pytest.raises(CandorError, match="1 dates for 2 files"):
        manager.submit("acme", [tmp_path / "a.txt", tmp_path / "b.txt"], dates=[date(2026, 3, 9)])
    assert manager.list("acme") == []


def test_a_bad_file_is_reported_and_does_not_stop_the_others(manager: JobManager, tmp_path: Path) -> None:
    job_id = manager.submit("acme", [tmp_path / "bad.txt", tmp_path / "boom.txt", tmp_path / "good.txt"])
    job = manager.wait(job_id, timeout=10)
    states = [f["state"] for f in job["files"]]
    assert states == ["error", "error", "ingested"]
    assert job["files"][0]["error"] == "bad.txt: file is empty (0 bytes)"
    assert "boom.txt" in job["files"][1]["error"] and "unexpected bug" in job["files"][1]["error"]
    assert job["state"] == "done_with_errors"


def test_a_job_whose_files_all_fail_is_failed(manager: JobManager, tmp_path: Path) -> None:
    job = manager.wait(manager.submit("acme", [tmp_path / "bad.txt"]), timeout=10)
    assert job["state"] == "failed"


def test_submitting_to_an_unknown_engagement_fails_at_once(manager: JobManager, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        manager.submit("nope", [tmp_path / "a.txt"])
    with pytest.raises(CandorError):
        manager.submit("acme", [])


def test_progress_of_a_running_job_can_be_read_from_disk(tmp_path: Path) -> None:
    gate = threading.Event()
    mgr = JobManager(make_services(tmp_path, FakeIngest(gate)))
    try:
        job_id = mgr.submit("acme", [tmp_path / "a.txt", tmp_path / "b.txt"])
        for _ in range(200):
            if mgr.get(job_id)["files"][0]["state"] == "running":
                break
            threading.Event().wait(0.01)
        running = mgr.get(job_id)
        assert running["state"] == "running"
        assert running["files"][0]["state"] == "running" and running["files"][1]["state"] == "queued"
        assert [j["id"] for j in mgr.active("acme")] == [job_id]
        gate.set()
        assert mgr.wait(job_id, timeout=10)["state"] == "done"
        assert mgr.active("acme") == []
    finally:
        gate.set()
        mgr.shutdown()


def test_jobs_left_running_by_an_earlier_server_are_marked_interrupted(
    tmp_path: Path, monkeypatch: Any
) -> None:
    gate = threading.Event()
    blocked = FakeIngest(gate)
    first = JobManager(make_services(tmp_path, blocked))
    job_id = first.submit("acme", [tmp_path / "a.txt"])
    queued_id = first.submit("acme", [tmp_path / "b.txt"])
    # Wait until the worker holds the first job: a dead server writes nothing after the restart, but this
    # live one would otherwise overwrite the "interrupted" state when it picks the job up.
    deadline = time.monotonic() + 10
    while not blocked.calls and time.monotonic() < deadline:
        time.sleep(0.01)
    assert blocked.calls, "the worker never started the first job"
    # A second manager in the same process (settings changed) leaves the live jobs alone.
    assert JobManager(make_services(tmp_path, FakeIngest()), start=False).mark_interrupted() == []
    # A new server process has a new token: the old jobs cannot still run.
    monkeypatch.setattr(jobs_mod, "_PROCESS_TOKEN", "another-process")
    restarted = JobManager(make_services(tmp_path, FakeIngest()), start=False)
    for jid in (job_id, queued_id):
        job = restarted.get(jid)
        assert job["state"] == "interrupted"
        assert all(f["state"] == "interrupted" for f in job["files"])
        assert "interrupted by a server restart" in job["files"][0]["error"]
    gate.set()
    first.shutdown()


def test_jobs_are_listed_per_engagement(tmp_path: Path) -> None:
    mgr = JobManager(make_services(tmp_path, FakeIngest(), known=("acme", "globex")))
    try:
        a = mgr.submit("acme", [tmp_path / "a.txt"])
        g = mgr.submit("globex", [tmp_path / "g.txt"])
        mgr.wait(a, timeout=10)
        mgr.wait(g, timeout=10)
        assert [j["id"] for j in mgr.list("acme")] == [a]
        assert [j["id"] for j in mgr.list("globex")] == [g]
        mgr.forget(a)
        assert mgr.list("acme") == []
    finally:
        mgr.shutdown()


def test_uploaded_copies_are_discarded_after_ingest_but_other_files_are_not(tmp_path: Path) -> None:
    batch = tmp_path / "incoming" / "batch1"
    batch.mkdir(parents=True)
    upload = batch / "call.txt"
    upload.write_text("Priya: hello")
    outside = tmp_path / "mine.txt"
    outside.write_text("Priya: hello")
    mgr = JobManager(make_services(tmp_path, FakeIngest()))
    try:
        mgr.wait(mgr.submit("acme", [upload, outside]), timeout=10)
    finally:
        mgr.shutdown()
    assert not upload.exists() and not batch.exists()
    assert outside.exists()


def test_file_fraction_follows_the_stages_in_order() -> None:
    weights = {"parse": 0.2, "index": 0.3, "extract": 0.5}
    assert overall_fraction(weights, "parse", 0.5) == pytest.approx(0.1)
    assert overall_fraction(weights, "index", 1.0) == pytest.approx(0.5)
    assert overall_fraction(weights, "extract", 1.0) == pytest.approx(1.0)


def test_remaining_time_is_unknown_until_there_is_progress_then_extrapolated() -> None:
    assert estimate_remaining(5.0, 0.0) is None
    assert estimate_remaining(10.0, 0.25) == pytest.approx(30.0)
    assert estimate_remaining(10.0, 1.0) == 0.0
