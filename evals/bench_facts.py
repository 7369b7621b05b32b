"""Service time behind the Facts page and Ask on a large engagement (audit: 809 facts, 45 meetings).

    python -m evals.bench_facts DATA_DIR ENGAGEMENT [--runs 5] [--profile]

DATA_DIR is copied to a temporary directory first, so the benchmark never writes the PM's data. Times (median
of --runs) what the pages call: confirming one fact, editing one, listing the facts and meetings (Facts page
load), and asking "what is overdue?" warm and right after a confirm (when the facts file changed). --profile
prints the top cProfile entries of one confirm and of the first ask after it.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


def _median(fn: Callable[[int], Any], runs: int) -> float:
    times = []
    for i in range(runs):
        t = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t)
    return round(statistics.median(times), 3)


def _profile(label: str, fn: Callable[[], Any]) -> None:
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    print(f"== profile: {label}")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(15)


def run(data_dir: Path, engagement: str, runs: int = 5, profile: bool = False) -> dict[str, Any]:
    from assistant.container import build_services
    from assistant.settings import Settings

    with tempfile.TemporaryDirectory(prefix="candor-bench-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(data_dir, data)
        svc = build_services(Settings(data_dir=data))  # type: ignore[call-arg]
        eng = svc.repo.get_engagement(engagement)
        facts = svc.repo.load_facts(eng.id)
        ids = [f.id for f in facts if not f.confirmed][: runs + 2]
        as_of = date.today()
        out: dict[str, Any] = {"engagement": eng.name, "facts": len(facts),
                               "meetings": len(svc.repo.list_meetings(eng.id))}
        # Warm up: engines loaded, the Ask index built once, so each number below is the steady state.
        t = time.perf_counter()
        svc.qa.ask(eng.id, "what is overdue?", as_of=as_of)
        out["ask_first_in_process_s"] = round(time.perf_counter() - t, 3)
        svc.facts.confirm(eng.id, ids[-1])
        out["ask_overdue_warm_s"] = _median(lambda i: svc.qa.ask(eng.id, "what is overdue?", as_of=as_of), runs)
        out["confirm_one_fact_s"] = _median(lambda i: svc.facts.confirm(eng.id, ids[i]), runs)
        out["edit_one_fact_s"] = _median(lambda i: svc.facts.edit(eng.id, ids[i], owner=f"Bench {i}"), runs)
        out["facts_page_services_s"] = _median(
            lambda i: (svc.repo.list_meetings(eng.id), svc.facts.list(eng.id, as_of=as_of)), runs
        )

        def confirm_then_ask(i: int) -> None:
            svc.facts.edit(eng.id, ids[i], owner=f"Asker {i}")
            svc.qa.ask(eng.id, "what is overdue?", as_of=as_of)

        edit_s = out["edit_one_fact_s"]
        out["ask_overdue_after_an_edit_s"] = round(_median(confirm_then_ask, runs) - edit_s, 3)
        if profile:
            _profile("confirm one fact", lambda: svc.facts.confirm(eng.id, ids[0]))
            svc.facts.edit(eng.id, ids[1], owner="Profiled")
            _profile("first ask after an edit", lambda: svc.qa.ask(eng.id, "what is overdue?", as_of=as_of))
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("engagement")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    out = run(args.data_dir, args.engagement, args.runs, args.profile)
    print(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
