"""`make bench` (after the transcription benchmark): extraction speed, retrieval latency, UI page load.

Each benchmark lives beside its evaluation; this only runs them in one go and prints one table against the
targets of the issues. Run it on an idle machine: two cores shared with anything else halve the numbers.
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--skip-ui", action="store_true", help="skip the 50-meeting page-load benchmark")
    args = parser.parse_args(argv)

    from evals.extraction import bench as extraction_bench
    from evals.retrieval import run_benchmark

    out: dict[str, Any] = {}
    out["extraction_1h_meeting"] = extraction_bench()
    out["retrieval_50_meetings"] = run_benchmark()
    if not args.skip_ui:
        from evals.bench_ui import main as ui_main

        out["ui_page_load_50_meetings"] = ui_main(["--meetings", "50", "--runs", "3", "--json"])
    if args.json:
        print(json.dumps(out, indent=2, default=str))
    else:
        print("\n== benchmark summary ==")
        for name, result in out.items():
            print(f"{name}: {json.dumps(result, default=str)[:400]}")
    return out


if __name__ == "__main__":
    main()
