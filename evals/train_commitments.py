"""Train the commitment filter (ingest/extraction/commitments.py) on the audit engagements' extracted action items.

    python -m evals.linker_data --out /tmp/linker.pkl           # ingest every audit as the product does (~25 min)
    python -m evals.train_commitments --data /tmp/linker.pkl    # cross-validate, then write the shipped model

The rows are the offline action items each audit engagement ends with that were created open (a done report is
news, not a promise, and tracking drops the ones that close nothing). An item is positive when the audit scorer's
matching ties it to a gold commitment (evals.linker_data.match_gold), negative otherwise (a spurious item). The
flags are read as the extractor sets them: the due date the item was created with, its owner, the speaker of its
first quote. Weighted L2 logistic regression by Newton steps (evals.train_linker._fit) over the MiniLM embedding of
the item's text plus the flags.

Cross-validation holds out each blind pair of audits as one group and each tuned audit as its own group, and picks
the threshold that maximises (spurious items held back) - COST x (gold commitments held back): a real commitment
marked doubtful is still listed for the PM to check, but it leaves the ledger until confirmed, so it costs more
than an aside left in. The model is numpy weights in JSON with its cross-validation curve.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

from ingest.extraction import commitments as cm

GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
L2 = 1.0
COST = 5.0
# Audits written and scored blind, in the pairs they were written in (each pair is one cross-validation group).
PAIRS = {"upperwood": "pair1", "vennick": "pair1", "calderbank": "held", "fairlie": "held", "dunmore": "blind1",
         "quenby": "blind1", "stenhouse": "blind3", "lowmoor": "blind3", "ashby": "blind4", "carnforth": "blind4",
         "harwick": "blind5", "kirkstall": "blind5", "wetherby": "blind6", "ambleside": "blind6",
         "fellbrook": "blind7", "saltmarsh": "blind7"}


def created_open(fact: dict[str, Any]) -> tuple[bool, bool]:
    """(created open, created with a due date) from the item's 'created' history entry."""
    made = next((h for h in fact.get("history") or [] if h.get("event") == "created"), None)
    if made is None:
        return fact.get("status") != "done", fact.get("due") is not None
    return "status=done" not in (made.get("note") or ""), made.get("due") is not None


def rows(data: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per offline action item created open: audit, group, label, text and flags."""
    out = []
    for a in data:
        for f in a["facts"]:
            if f["kind"] != "action_item" or f.get("origin", "offline") != "offline" or not f.get("evidence"):
                continue
            is_open, has_due = created_open(f)
            if not is_open:
                continue
            out.append({"audit": a["audit"], "group": PAIRS.get(a["audit"], a["audit"]), "blind": a["audit"] in PAIRS,
                        "y": float(f["id"] in a["match"]), "text": f["text"],
                        "flags": cm.flags(f["text"], f.get("owner"), f["evidence"][0]["speaker"], has_due,
                                          bool(f.get("conditional")), float(f.get("confidence", 1.0)))})
    return out


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    from evals.train_linker import _fit

    return _fit(x, y, L2, pos_weight=1.0, iters=50)


def cross_validate(rs: list[dict[str, Any]], x: np.ndarray) -> dict[str, Any]:
    y = np.array([r["y"] for r in rs])
    groups = np.array([r["group"] for r in rs])
    blind = np.array([r["blind"] for r in rs])
    p = np.zeros(len(y))
    for g in sorted(set(groups)):
        te = groups == g
        w, b = fit(x[~te], y[~te])
        p[te] = 1 / (1 + np.exp(-np.clip(x[te] @ w + b, -30, 30)))
    curve: dict[str, Any] = {}
    for th in GRID:
        held = p < th
        spur, gold = held & (y == 0), held & (y == 1)
        curve[f"{th:.2f}"] = {"spurious_held": int(spur.sum()), "gold_held": int(gold.sum()),
                              "blind_spurious_held": int((spur & blind).sum()),
                              "blind_gold_held": int((gold & blind).sum()),
                              "gain": float(spur.sum() - COST * gold.sum())}
    best = max(GRID, key=lambda th: (curve[f"{th:.2f}"]["gain"], -th))
    order = np.argsort(p)  # the items it doubts most, printed (the shipped model holds no transcript text)
    return {"threshold": best, "curve": curve, "items": len(y), "gold": int(y.sum()), "spurious": int((y == 0).sum()),
            "lowest": [{"p": round(float(p[k]), 3), "gold": bool(y[k]), "audit": rs[k]["audit"], "text": rs[k]["text"]}
                       for k in order[:40]]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="what python -m evals.linker_data --out wrote")
    ap.add_argument("--out", type=Path, default=cm.MODEL)
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only, write nothing")
    a = ap.parse_args(argv)
    from assistant.engines.embedder import MiniLMEmbedder

    if not a.data.is_file():
        print(f"no data at {a.data}: make it with python -m evals.linker_data --out {a.data}", file=sys.stderr)
        return 2
    try:
        data = pickle.loads(a.data.read_bytes())
        rs = rows(data)
    except (pickle.UnpicklingError, EOFError, TypeError, KeyError) as exc:
        print(f"{a.data} is not what python -m evals.linker_data writes ({type(exc).__name__}: {exc})",
              file=sys.stderr)
        return 2
    if not rs:
        print("no action items in the data", file=sys.stderr)
        return 2
    emb = MiniLMEmbedder()
    x = cm.features([(r["text"], r["flags"]) for r in rs], emb.embed)
    cv = cross_validate(rs, x)
    for th, c in cv["curve"].items():
        print(f"p < {th}: holds back {c['spurious_held']} spurious ({c['blind_spurious_held']} blind), "
              f"{c['gold_held']} gold ({c['blind_gold_held']} blind), gain {c['gain']:.0f}")
    for r in cv.pop("lowest")[:20]:
        print(f"  {r['p']:.3f} {'gold' if r['gold'] else 'spurious':8s} {r['audit']:12s} {r['text'][:100]}")
    print(f"threshold {cv['threshold']} over {cv['items']} items ({cv['gold']} gold, {cv['spurious']} spurious)")
    if a.dry_run:
        return 0
    y = np.array([r["y"] for r in rs])
    w, b = fit(x, y)
    model = {"features": cm.FEATURES, "embedder": emb.name, "trained_on": len({r["audit"] for r in rs}),
             "L2": L2, "cost": COST, "cv": cv, "w": [round(float(v), 6) for v in w], "b": round(b, 6),
             "threshold": cv["threshold"]}
    a.out.write_text(json.dumps(model, indent=1) + "\n")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
