"""Train the learned follow-up linker (ingest/extraction/linker.py) on the audit engagements' gold.

    python -m evals.linker_data --out /tmp/linker.pkl          # record what the follow-up pass sees
    python -m evals.train_linker --data /tmp/linker.pkl [--out ingest/extraction/model/linker.json]

A bag is one open item the follow-up pass was asked about in one call, matched to a gold commitment or blocker;
its instances are the call's sentences. Gold says only in which call an item was done or slipped, so training is
multiple-instance: a bag with the event is positive through its best-scoring sentence (chosen by the current
model, starting from the rules' own choice or the closest sentence), every sentence of the other bags is
negative. Leave-one-engagement-out cross-validation picks the threshold (the best gain among those adding no wrong
event over the rules alone) and reports, per held-out engagement, the events the rules alone and rules + model get
right at the bag level. numpy only (no scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ingest.extraction.linker import FEATURES, MODEL, pair_features

EVENTS = ("done", "slipped")


def featurise(data: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One bag per (matched open item, call): features [sentence, feature], gold event, rules' event."""
    from assistant.engines.embedder import MiniLMEmbedder

    emb = MiniLMEmbedder()

    def similarity(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        vecs = np.asarray(emb.embed([*a, *b]), dtype=np.float32)
        return vecs[: len(a)] @ vecs[len(a):].T

    bags = []
    for audit in data:
        for seen in audit["seen"]:
            ctx = seen["ctx"]
            call = audit["calls"][ctx.meeting.date.isoformat()]
            items, utts, x, dates = pair_features(seen["items"], seen["due"], ctx, similarity, seen["rules"])
            rule_ev: dict[str, str] = {}
            for f in seen["rules"]:
                rule_ev.setdefault(f.item_id, f.event)
            for r, item in enumerate(items):
                gid = audit["match"].get(item.id)
                if gid is None:
                    continue
                events = audit["events"].get(gid, {})
                if any(c < call and e["type"] in ("done", "dropped") for c, e in events.items()):
                    continue  # closed in gold before this call: what its sentences say about it is no label
                gold = events.get(call, {}).get("type", "none")
                bags.append({"audit": audit["audit"], "call": call, "item": item.id, "gold": gold,
                             "rules": rule_ev.get(item.id, "none"), "x": x[r],
                             "has_date": np.array([d is not None for d in dates], dtype=bool),
                             "text": [u.text for u in utts], "item_text": item.text})
    return bags


def _fit(x: np.ndarray, y: np.ndarray, l2: float, pos_weight: float, iters: int = 300) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression by Newton steps (few features, many rows)."""
    w = np.zeros(x.shape[1])
    b = 0.0
    sw = np.where(y > 0, pos_weight, 1.0)
    xb = np.hstack([x, np.ones((len(x), 1))])
    theta = np.zeros(x.shape[1] + 1)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(xb @ theta)))
        g = xb.T @ (sw * (p - y)) + l2 * np.r_[theta[:-1], 0.0]
        h = (xb * (sw * p * (1 - p))[:, None]).T @ xb + l2 * np.diag(np.r_[np.ones(len(theta) - 1), 1e-6])
        step = np.linalg.solve(h, g)
        theta -= step
        if np.abs(step).max() < 1e-6:
            break
    w, b = theta[:-1], float(theta[-1])
    return w, b


def _candidates(bag: dict[str, Any], event: str) -> np.ndarray:
    if event == "slipped":
        return bag["has_date"]
    return np.ones(len(bag["has_date"]), dtype=bool)


def train_event(bags: list[dict[str, Any]], event: str, l2: float = 1.0, rounds: int = 4) -> dict[str, Any]:
    col = {n: k for k, n in enumerate(FEATURES)}
    here = "rule_done_here" if event == "done" else "rule_slip_here"
    neg = [b["x"][_candidates(b, event)] for b in bags if b["gold"] != event]
    xn = np.vstack([n for n in neg if len(n)]) if neg else np.zeros((0, len(FEATURES)))
    pos = [b for b in bags if b["gold"] == event and _candidates(b, event).any()]
    model = None
    for _ in range(rounds):
        picks = []
        for b in pos:
            xs = b["x"][_candidates(b, event)]
            if model is None:
                score = xs[:, col[here]] * 10 + xs[:, col["cos"]] + xs[:, col["who_speaker"]] * 0.2
            else:
                score = xs @ model[0] + model[1]
            picks.append(xs[int(score.argmax())])
        xp = np.vstack(picks)
        x = np.vstack([xp, xn])
        y = np.r_[np.ones(len(xp)), np.zeros(len(xn))]
        model = _fit(x, y, l2, pos_weight=max(1.0, len(xn) / max(1, len(xp)) / 20))
    assert model is not None
    return {"w": [round(float(v), 5) for v in model[0]], "b": round(model[1], 5)}


def bag_scores(bags: list[dict[str, Any]], m: dict[str, Any], event: str) -> np.ndarray:
    out = np.zeros(len(bags))
    for k, b in enumerate(bags):
        cand = _candidates(b, event)
        if cand.any():
            z = b["x"][cand] @ np.asarray(m["w"]) + m["b"]
            out[k] = float((1 / (1 + np.exp(-z))).max())
    return out


def decide(bags: list[dict[str, Any]], models: dict[str, dict[str, Any]], th: dict[str, float]) -> list[str]:
    """Rules first; an item the rules left alone gets the model's event when it clears the threshold."""
    sd, ss = bag_scores(bags, models["done"], "done"), bag_scores(bags, models["slipped"], "slipped")
    out = []
    for k, b in enumerate(bags):
        if b["rules"] != "none":
            out.append(b["rules"])
        elif sd[k] >= th["done"] and (sd[k] >= ss[k] or ss[k] < th["slipped"]):
            out.append("done")
        elif ss[k] >= th["slipped"]:
            out.append("slipped")
        else:
            out.append("none")
    return out


def tally(bags: list[dict[str, Any]], pred: Sequence[str]) -> dict[str, int]:
    t = {"done_ok": 0, "done_gold": 0, "false_done": 0, "slip_ok": 0, "slip_gold": 0, "false_slip": 0}
    for b, p in zip(bags, pred, strict=True):
        for ev, key in (("done", "done"), ("slipped", "slip")):
            if b["gold"] == ev:
                t[f"{key}_gold"] += 1
                t[f"{key}_ok"] += p == ev
            elif p == ev:
                t[f"false_{key}"] += 1
    return t


def cross_validate(bags: list[dict[str, Any]], grid: Sequence[float], l2: float) -> dict[str, Any]:
    audits = sorted({b["audit"] for b in bags})
    held: dict[str, list[np.ndarray]] = {"done": [], "slipped": []}
    order: list[int] = []
    for a in audits:
        train = [b for b in bags if b["audit"] != a]
        test_ix = [k for k, b in enumerate(bags) if b["audit"] == a]
        test = [bags[k] for k in test_ix]
        for ev in EVENTS:
            held[ev].append(bag_scores(test, train_event(train, ev, l2), ev))
        order.extend(test_ix)
    scores = {ev: np.concatenate(held[ev]) for ev in EVENTS}
    ordered = [bags[k] for k in order]
    rules = tally(ordered, [b["rules"] for b in ordered])
    rows = []
    for td in grid:
        for ts in grid:
            pred = []
            for k, b in enumerate(ordered):
                sd, ss = scores["done"][k], scores["slipped"][k]
                if b["rules"] != "none":
                    pred.append(b["rules"])
                elif sd >= td and (sd >= ss or ss < ts):
                    pred.append("done")
                elif ss >= ts:
                    pred.append("slipped")
                else:
                    pred.append("none")
            t = tally(ordered, pred)
            # a wrong closure costs more than a missed one: it hides open work from the status report (and wins ties)
            gain = (t["done_ok"] - rules["done_ok"]) + (t["slip_ok"] - rules["slip_ok"]) \
                - 1.5 * (t["false_done"] - rules["false_done"]) - 1.5 * (t["false_slip"] - rules["false_slip"])
            rows.append((gain, td, ts, t))
    rows.sort(key=lambda r: (-r[0], -r[1], -r[2]))
    # ... and it may add none at all in cross-validation: the model only earns the closures the rules miss
    # (the "off" thresholds always qualify)
    safe = [r for r in rows if r[3]["false_done"] <= rules["false_done"] and r[3]["false_slip"] <= rules["false_slip"]]
    curve = {f"{td:.2f}": {k: v for k, v in t.items() if "gold" not in k} for _, td, ts, t in
             sorted(rows, key=lambda r: r[1]) if ts == grid[-1]}
    gain, td, ts, best = safe[0]
    per_audit = {}
    for a in audits:
        ix = [k for k, b in enumerate(ordered) if b["audit"] == a]
        sub = [ordered[k] for k in ix]
        pred = []
        for k in ix:
            b, sd, ss = ordered[k], scores["done"][k], scores["slipped"][k]
            pred.append(b["rules"] if b["rules"] != "none" else "done" if sd >= td and (sd >= ss or ss < ts)
                        else "slipped" if ss >= ts else "none")
        per_audit[a] = {"rules": tally(sub, [b["rules"] for b in sub]), "with_model": tally(sub, pred)}
    return {"threshold": {"done": td, "slipped": ts}, "gain": gain, "done_curve": curve, "rules": rules, "with_model": best,
            "per_audit": per_audit}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="pickle written by evals.linker_data")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--features-cache", type=Path, default=None)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only, write nothing")
    a = ap.parse_args(argv)
    if a.features_cache and a.features_cache.exists():
        bags = pickle.loads(a.features_cache.read_bytes())
    else:
        bags = featurise(pickle.loads(a.data.read_bytes()))
        if a.features_cache:
            a.features_cache.write_bytes(pickle.dumps(bags))
    grid = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.01]
    cv = cross_validate(bags, grid, a.l2)
    print(json.dumps({k: v for k, v in cv.items() if k != "per_audit"}, indent=1))
    for name, row in cv["per_audit"].items():
        print(name, row["rules"], "->", row["with_model"])
    if a.dry_run:
        return 0
    model: dict[str, Any] = {"features": FEATURES, "trained_on": sorted({b["audit"] for b in bags}),
                             "cv": {k: v for k, v in cv.items() if k != "per_audit"}}
    for ev in EVENTS:
        model[ev] = {**train_event(bags, ev, a.l2), "threshold": cv["threshold"][ev]}
    a.out.write_text(json.dumps(model, indent=1) + "\n")
    print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
