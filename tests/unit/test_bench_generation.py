"""The benchmarks' generated engagements ingest: make bench must not stop on its own fixtures."""

from __future__ import annotations

from pathlib import Path

from assistant.container import build_services
from assistant.settings import Settings
from evals.bench_ui import generate


def test_the_ui_benchmarks_templated_weekly_calls_all_become_meetings(tmp_path: Path) -> None:
    eid = generate(tmp_path, 3, "test")
    svc = build_services(Settings(profile="test", data_dir=tmp_path))
    assert len(svc.repo.list_meetings(eid)) == 3
