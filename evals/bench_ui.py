"""Server-side page load time of the Streamlit app for an engagement with 50 meetings (target < 2 s).

    python -m evals.bench_ui [--meetings 50] [--runs 5] [--profile test|default] [--data-dir DIR]

Generates imported transcripts through the services (ingest + offline extraction), then times
streamlit.testing AppTest runs of the home (Engagements) and Meetings pages. AppTest executes the same
script the server runs, so the time is the server's share of a page load (no browser rendering).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PEOPLE = ["Priya Sharma", "Tom Becker", "Ana García", "John Miller"]
TOPICS = [
    "firewall rule change",
    "storage request",
    "migration runbook",
    "test environment",
    "licence renewal",
]


def _transcript(i: int, day: date) -> str:
    lines = [f"Title: Weekly sync {i + 1}", f"Date: {day.isoformat()} 10:00", ""]
    for t in range(40):
        who = PEOPLE[(i + t) % len(PEOPLE)]
        topic = TOPICS[(i + t) % len(TOPICS)]
        if t % 10 == 3:
            lines.append(f"{who}: I'll send the {topic} update by Friday.")
        elif t % 10 == 6:
            lines.append(f"{who}: We are still waiting on the network team for the {topic}.")
        else:
            lines.append(
                f"{who}: Quick note on the {topic}: we discussed it and it is progressing as planned."
            )
    return "\n".join(lines) + "\n"


def generate(data_dir: Path, meetings: int, profile: str) -> str:
    from assistant.container import build_services
    from assistant.settings import Settings

    svc = build_services(Settings(profile=profile, data_dir=data_dir))  # type: ignore[arg-type]
    existing = svc.repo.find_engagement("Bench 50 meetings")
    if existing is not None and len(svc.repo.list_meetings(existing.id)) >= meetings:
        print(f"reusing {len(svc.repo.list_meetings(existing.id))} meetings in {data_dir}")
        return existing.id
    eng = svc.engagements.create("Bench 50 meetings")
    src = data_dir / "bench-src"
    src.mkdir(parents=True, exist_ok=True)
    start = date(2024, 1, 8)
    paths = []
    for i in range(meetings):
        path = src / f"weekly_sync_{i + 1:02d}.txt"
        path.write_text(_transcript(i, start + timedelta(days=7 * i)), encoding="utf-8")
        paths.append(path)
    t0 = time.perf_counter()
    # force: the generated calls share one template, so ingest would refuse them as near-copies of each other
    results = svc.ingest.ingest(eng.id, paths, force=True)
    bad = [r.error for r in results if r.status == "error"]
    if bad:
        raise SystemExit(f"ingest failed: {bad[:3]}")
    print(f"generated {meetings} meetings in {time.perf_counter() - t0:.1f}s")
    return eng.id


def time_page(engagement_id: str, page: str | None, runs: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    from ui.state import ENGAGEMENT_KEY

    app = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    times = []
    for _ in range(runs):
        at = AppTest.from_file(str(app), default_timeout=120)
        at.session_state[ENGAGEMENT_KEY] = engagement_id
        if page is None:
            t0 = time.perf_counter()
            at.run()
        else:
            at.run()
            at.switch_page(f"pages/{page}.py")
            t0 = time.perf_counter()
            at.run()
        times.append(time.perf_counter() - t0)
        if at.exception:
            raise SystemExit(f"page {page or 'home'} failed: {[e.value for e in at.exception]}")
    return times


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--meetings", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", choices=["test", "default"], default="test")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="candor-bench-ui-"))
    os.environ["CANDOR_DATA_DIR"] = str(data_dir)
    os.environ["CANDOR_PROFILE"] = args.profile
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    eid = generate(data_dir, args.meetings, args.profile)
    out: dict[str, object] = {"meetings": args.meetings, "profile": args.profile, "target_s": 2.0}
    for name, page in (("home", None), ("meetings", "meetings")):
        times = time_page(eid, page, args.runs)
        out[name] = {
            "first_s": round(times[0], 3),
            "median_s": round(statistics.median(times), 3),
            "max_s": round(max(times), 3),
        }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for name in ("home", "meetings"):
            r = out[name]
            assert isinstance(r, dict)
            verdict = "ok" if r["max_s"] < 2.0 else "SLOW"
            print(
                f"{name:<9} first {r['first_s']:.3f}s  median {r['median_s']:.3f}s  max {r['max_s']:.3f}s  "
                f"(target < 2 s: {verdict})"
            )
    return out


if __name__ == "__main__":
    main()
