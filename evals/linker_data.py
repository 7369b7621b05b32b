"""Record what the follow-up pass sees on the audit engagements, with the audits' gold, for the learned linker.

    python -m evals.linker_data --audits evals/data/audits --out /tmp/linker.pkl [NAME ...]

Each audit's calls are ingested in-process into a fresh data dir (as its run.sh does through the CLI). Every time
tracking asks the follow-up pass about a meeting, the meeting's context, the open items it passes, their due
dates and what the rules answered are recorded. At the end the engagement's facts are matched to the gold
commitments and blockers (the audit scorer's criteria, see evals/data/audits/score.py), so each recorded
(open item, call) gets the gold's answer: done, slipped, or nothing. evals.train_linker learns from that file, and
evals.train_commitments from the facts and their match (the commitment filter).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

# The audit scorer's stop words (evals/data/audits/score.py), so its matching and this one agree.
STOP = {"i", "i'll", "ill", "you", "the", "a", "an", "to", "of", "and", "by", "it", "that", "this", "we", "in", "on",
        "for", "with", "is", "be", "can", "will", "have", "get", "me", "my", "your", "our", "us", "so", "yeah", "just",
        "um", "uh", "let", "let's"}


def _toks(s: str | None) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9'\-]*", (s or "").lower())


def _content(s: str | None) -> set[str]:
    return {t for t in _toks(s) if t not in STOP}


def run_settings(run_sh: Path) -> dict[str, Any]:
    """E, DATES, EXT or EXTS, TITLE(S) of an audit's run.sh (it only sets variables before sourcing audit.sh)."""
    script = run_sh.read_text().split("source ")[0]
    probe = script + '\nprintf "%s\\n" "$E" "${EXT:-}" "${TITLE:-Weekly status %s}"; printf "%s|" "${DATES[@]}"; echo; ' \
        'if [ -n "${TITLES+x}" ]; then printf "%s|" "${TITLES[@]}"; fi; echo; ' \
        'if [ -n "${EXTS+x}" ]; then printf "%s|" "${EXTS[@]}"; fi; echo\n'
    out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True).stdout.splitlines()
    dates = [d for d in out[3].split("|") if d]
    titles = [t for t in out[4].split("|") if t] or [out[2].replace("%s", str(n + 1)) for n in range(len(dates))]
    exts = [x for x in out[5].split("|") if x] or [out[1]] * len(dates)
    return {"engagement": out[0], "exts": exts, "dates": dates, "titles": titles}


def match_gold(gold: dict[str, Any], facts: list[dict[str, Any]]) -> dict[str, str]:
    """fact id -> gold commitment or blocker id (the audit scorer's matching, first match only)."""
    date2call = {d: int(n) for n, d in gold["calls"].items()}

    def call_of(s: str | None) -> int | None:
        m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", s or "")
        return date2call.get(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else None

    def alltext(f: dict[str, Any]) -> str:
        return " ".join([f.get("text") or ""] + [e.get("quote") or "" for e in f.get("evidence") or []])

    out: dict[str, str] = {}
    pairs = []
    for g in gold["commitments"]:
        for f in facts:
            if f["kind"] != "action_item":
                continue
            gq = _content(g["quote"])
            srcs = [e.get("quote") for e in f.get("evidence") or [] if call_of(e.get("meeting_id")) == g["first_call"]]
            if call_of(f.get("meeting_id")) == g["first_call"]:
                srcs.append(f.get("text"))
            best = max([len(gq & _content(s)) / max(1, len(gq)) for s in srcs] or [0.0])
            kw = set(g["keywords"]) & set(_toks(alltext(f)))
            owners = [g["owner"], *g.get("reassigned_to", [])]
            if best >= 0.6:
                pairs.append((1 + best, g["id"], f["id"]))
            elif any(o.lower() in (f.get("owner") or "").lower() for o in owners) and \
                    call_of(f.get("meeting_id")) == g["first_call"] and len(kw) >= 2:
                pairs.append((0.5 + 0.01 * len(kw), g["id"], f["id"]))
    taken: set[str] = set()
    for _, gid, fid in sorted(pairs, reverse=True):
        if fid in out or gid in taken:
            continue
        out[fid] = gid
        taken.add(gid)
    for f in facts:
        if f["kind"] != "blocker":
            continue
        text = set(_toks(alltext(f)))
        hits, bid = max(((len(set(b["keywords"]) & text), b["id"]) for b in gold.get("blockers", [])),
                        default=(0, ""))
        if hits >= 2 or (hits >= 1 and call_of(f.get("meeting_id")) == next(
                b["raised_call"] for b in gold["blockers"] if b["id"] == bid)):
            out[f["id"]] = bid
    return out


def gold_events(gold: dict[str, Any]) -> dict[str, dict[int, dict[str, Any]]]:
    """gold id -> call -> its event there (done / slipped with new_due / dropped / cleared)."""
    out: dict[str, dict[int, dict[str, Any]]] = {}
    for g in gold["commitments"]:
        ev = out.setdefault(g["id"], {})
        for e in g.get("events", []):
            ev[int(e["call"])] = dict(e)
        if g.get("dropped_call"):
            ev[int(g["dropped_call"])] = {"type": "dropped"}
    for b in gold.get("blockers", []):
        if b.get("cleared_call"):
            out.setdefault(b["id"], {})[int(b["cleared_call"])] = {"type": "done"}
    return out


def record(audit_dir: Path) -> dict[str, Any]:
    """Ingest one audit in-process and return what the follow-up pass saw, with the gold's answers."""
    import ingest.extraction.followup as followup
    from assistant.container import build_services
    from assistant.settings import Settings

    cfg = run_settings(audit_dir / "run.sh")
    gold = json.loads((audit_dir / "gold.json").read_text())
    seen: list[dict[str, Any]] = []
    real = followup.follow_up_for

    def recording(ctx: Any, embedder: Any, learned: bool = True, exchanges: bool = True, hint_at: float = 1.0) -> Any:
        # what the rules (and status exchanges, as configured) answer alone: the linker's input
        find = real(ctx, embedder, learned=False, exchanges=exchanges)

        def wrapped(items: list[Any], due: dict[str, date | None]) -> list[Any]:
            out = find(items, due)
            seen.append({"ctx": ctx, "items": [f.model_copy(deep=True) for f in items], "due": dict(due),
                         "rules": [fu.model_copy(deep=True) for fu in out]})
            return out

        return wrapped

    followup.follow_up_for = recording  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["CANDOR_DATA_DIR"] = tmp
            s = build_services(Settings())
            s.engagements.create(cfg["engagement"])
            for n, (day, title) in enumerate(zip(cfg["dates"], cfg["titles"], strict=True), start=1):
                res = s.ingest.ingest(cfg["engagement"], [audit_dir / "calls" / f"call-{n}.{cfg['exts'][n - 1]}"],
                                      title=title, meeting_date=date.fromisoformat(day))
                if any(r.status == "error" for r in res):
                    raise RuntimeError(f"{audit_dir.name} call {n}: {[r.error for r in res]}")
            eng = s.repo.get_engagement(cfg["engagement"])
            facts = [f.model_dump(mode="json") for f in s.repo.load_facts(eng.id)]
    finally:
        followup.follow_up_for = real
    calls = {d: int(n) for n, d in gold["calls"].items()}
    return {"audit": audit_dir.name, "gold": gold, "calls": calls, "match": match_gold(gold, facts),
            "events": gold_events(gold), "seen": seen, "facts": facts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--audits", type=Path, default=Path(__file__).parent / "data" / "audits")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("names", nargs="*")
    a = ap.parse_args(argv)
    names = a.names or sorted(p.name for p in a.audits.iterdir() if (p / "gold.json").exists())
    data = []
    for name in names:
        data.append(record(a.audits / name))
        print(f"{name}: {len(data[-1]['seen'])} follow-up calls, {len(data[-1]['match'])} facts matched to gold",
              file=sys.stderr)
    a.out.write_bytes(pickle.dumps(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
