"""Train the ruling detector (ingest/extraction/rulings.py) on the audit engagements' gold decisions.

    python -m evals.train_rulings [--labels quotes|keywords] [--exclude NAME ...] [--out F] [--dry-run]
    python -m evals.train_rulings --labels keywords --exclude harwick kirkstall    # the shipped model

Each audit call is read as the product reads it (ingest.formats) and split into sentences. A sentence is positive
when it lies in the decision's verbatim quote: the gold's own, or for the audits written before gold quoted
decisions, the one in evals/data/audits/decision_quotes.json (the ruling, agreement or summing-up that made the
decision, picked by helpers in session 47). A decision with neither falls back to its keywords: the keyword-bearing
sentences of the last turn of the call that has at least max(2, best - 1) of them. Logistic regression (scikit-learn, training
only) over rulings.features. Leave-one-engagement-out cross-validation picks the threshold: the offline extractor
runs without the model on each held-out call, the held-out model's rulings are added the way the extractor adds
them, and both are scored as the audit scorer scores decisions (a decision fact of the gold call with two of its
keywords; and by evidence, a gold decision found when a fact cites the turn of its quote). The gain counts a wrong
decision as 1.5 missed ones, on the scorer's count. The model is numpy weights in JSON.

The shipped model was trained with ``--labels keywords`` (the gold's own quotes, else keywords): with every
decision quoted, no threshold gained on the scorer's count, which rewards the proposal before a ruling for naming
more of the keywords (session 47's note has both curves).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from ingest.extraction import rulings as rl

AUDITS = Path(__file__).parent / "data" / "audits"
QUOTES = "decision_quotes.json"  # in the audits folder: {audit: {decision id: {"quote", "speaker", "form"}}}
GRID = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01]
C_REG = 0.1
POS_WEIGHT = 10.0
BLIND = ("upperwood", "vennick", "dunmore", "quenby", "stenhouse", "lowmoor", "ashby", "carnforth")


def _toks(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9][a-z0-9'\-]*", (s or "").lower()))


def _calls(audit: Path) -> list[tuple[int, date, list[Any]]]:
    """(call number, date, segments) of each call, read by the product's own parser."""
    from evals.linker_data import run_settings
    from ingest.formats import parse_transcript

    cfg = run_settings(audit / "run.sh")
    files = {int(m.group(1)): p for p in (audit / "calls").iterdir()
             if (m := re.match(r"call-(\d+)\.(?:docx|srt|txt|vtt)$", p.name))}
    return [(n, date.fromisoformat(cfg["dates"][n - 1]),
             [s for s in parse_transcript(files[n]).segments if s.text and s.text.strip()]) for n in sorted(files)]


def _labels(texts: list[str], keys: list[tuple[int, int, int]], decisions: list[dict[str, Any]]) -> np.ndarray:
    y = np.zeros(len(keys))
    for d in decisions:
        if d.get("quote"):
            q = d["quote"]
            hit = [k for k, (i, a, b) in enumerate(keys) if texts[i][a:b] in q or q in texts[i][a:b]]
            if not hit and any(q in t for t in texts):
                continue  # said only as a question or a fragment of one: no candidate sentence to learn from
            if not hit:
                raise ValueError(f"decision {d['id']}: its quote is in no sentence of call {d['call']}")
        else:
            kw = set(d["keywords"])
            per_turn: dict[int, int] = {}
            for i, a, b in keys:
                per_turn[i] = per_turn.get(i, 0) + len(kw & _toks(texts[i][a:b]))
            top = max(per_turn.values(), default=0)
            if top < 2:
                continue
            turn = max(i for i, v in per_turn.items() if v >= max(2, top - 1))
            hit = [k for k, (i, a, b) in enumerate(keys) if i == turn and kw & _toks(texts[i][a:b])]
        y[hit] = 1
    return y


def _quotes(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    p = folder / QUOTES
    return json.loads(p.read_text()) if p.exists() else {}


def build(audits: list[Path], quoted: bool = True) -> list[dict[str, Any]]:
    """One record per audit call: the candidate sentences' features and labels, the gold decisions and the
    decisions the extractor finds without the ruling model."""
    from assistant.engines.embedder import MiniLMEmbedder
    from assistant.models import Decision
    from evals.extraction import _context as meeting_context
    from ingest.extraction import rules
    from ingest.extraction.offline import OfflineExtractor

    emb = MiniLMEmbedder()
    cache: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in cache]
        if new:
            cache.update(zip(new, np.asarray(emb.embed(new), dtype=np.float32), strict=True))
        return np.array([cache[t] for t in texts])

    extractor = OfflineExtractor(embedder=emb, rulings=False)
    out = []
    for audit in audits:
        gold = json.loads((audit / "gold.json").read_text())
        quotes = _quotes(audit.parent).get(audit.name, {})
        for d in gold["decisions"]:
            if not d.get("quote") and (quotes.get(d["id"]) or {}).get("quote"):
                d["quote"], d["quoted_later"] = quotes[d["id"]]["quote"], True
        for n, day, segs in _calls(audit):
            texts = [s.text for s in segs]
            sents = [[sp for sp in rules.sentences(t) if not rules.addressed_to_system(t[sp[0]:sp[1]])] for t in texts]
            keys, x = rl.features(texts, rl.sentence_spans(texts, sents), embed)
            decisions = [d for d in gold["decisions"] if d["call"] == n]
            said = {d["id"]: {i for i, t in enumerate(texts) if d["quote"] in t} for d in decisions if d.get("quote")}
            labelled = decisions if quoted else [{k: v for k, v in d.items() if k != "quote"} if d.get("quoted_later")
                                                 else d for d in decisions]
            pos = {s.id: k for k, s in enumerate(segs)}
            mid = f"{audit.name}-{n}"
            ctx = meeting_context(mid, mid, day, segs, {s.speaker: s.speaker for s in segs}, [])
            found = [f for f in extractor.extract(ctx).facts if isinstance(f, Decision)]
            out.append({"audit": audit.name, "call": n, "texts": texts, "keys": keys, "x": x,
                        "y": _labels(texts, keys, labelled), "gold": decisions, "said": said,
                        "found": [(" ".join([f.text, *(e.quote for e in f.evidence)]),
                                   {pos[e.segment_id] for e in f.evidence if e.segment_id in pos}) for f in found]})
        print(f"{audit.name}: {len(gold['decisions'])} decisions", file=sys.stderr)
    return out


def fit(calls: list[dict[str, Any]]) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([c["x"] for c in calls if len(c["keys"])])
    y = np.concatenate([c["y"] for c in calls if len(c["keys"])])
    m = LogisticRegression(C=C_REG, max_iter=3000, class_weight={0: 1.0, 1: POS_WEIGHT})
    m.fit(x, y)
    return {"w": [round(float(v), 6) for v in m.coef_[0]], "b": round(float(m.intercept_[0]), 6)}


def score(call: dict[str, Any], texts: list[str]) -> tuple[set[str], int]:
    """Gold decisions found and decision facts matching none, as the audit scorer counts them."""
    found: set[str] = set()
    wrong = 0
    for text in texts:
        hit = {d["id"] for d in call["gold"] if len(set(d["keywords"]) & _toks(text)) >= 2}
        found |= hit
        wrong += not hit
    return found, wrong


def _quoted(call: dict[str, Any]) -> set[int]:
    """The turns holding a gold decision's quote."""
    return set().union(*call["said"].values())


def _taken(call: dict[str, Any]) -> set[int]:
    """The turns the extractor's own decisions cite (no ruling is added next to them)."""
    return {i for _, at in call["found"] for i in at}


def said_at(call: dict[str, Any], turns: list[set[int]]) -> tuple[set[str], int]:
    """The same by evidence: gold decisions whose quoted turn some fact cites, and facts citing no such turn."""
    quoted = _quoted(call)
    found = {d for d, at in call["said"].items() if any(at & t for t in turns)}
    return found, sum(not (t & quoted) for t in turns)


def cross_validate(calls: list[dict[str, Any]]) -> dict[str, Any]:
    names = sorted({c["audit"] for c in calls})
    probs: dict[int, np.ndarray] = {}
    for name in names:
        model = fit([c for c in calls if c["audit"] != name])
        for k, c in enumerate(calls):
            if c["audit"] == name and len(c["keys"]):
                probs[k] = rl.probabilities(c["x"], model)

    def group(name: str) -> str:
        return "blind" if name in BLIND else "tuned"

    rows: dict[str, dict[str, Any]] = {}
    for cut in [None, *GRID]:
        tally = {g: {"found": 0, "gold": 0, "wrong": 0, "said_found": 0, "said_gold": 0, "said_wrong": 0}
                 for g in ("blind", "tuned")}
        per_audit: dict[str, list[int]] = {}
        for k, c in enumerate(calls):
            texts = [t for t, _ in c["found"]]
            turns = [set(at) for _, at in c["found"]]
            if cut is not None and k in probs:
                added = rl.select(c["keys"], probs[k], cut, _taken(c))
                texts += [c["texts"][i][a:b] for i, a, b, _ in added]
                turns += [{i} for i, _, _, _ in added]
            found, wrong = score(c, texts)
            t = tally[group(c["audit"])]
            s_found, s_wrong = said_at(c, turns)
            t["said_found"] += len(s_found)
            t["said_gold"] += len(c["said"])
            t["said_wrong"] += s_wrong
            t["found"] += len(found)
            t["gold"] += len(c["gold"])
            t["wrong"] += wrong
            pa = per_audit.setdefault(c["audit"], [0, 0, 0])
            pa[0] += len(found)
            pa[1] += len(c["gold"])
            pa[2] += wrong
        rows["off" if cut is None else f"{cut:.2f}"] = {"tally": tally, "per_audit": per_audit}
    base = rows["off"]["tally"]

    def gain(key: str) -> float:
        t = rows[key]["tally"]
        return sum((t[g]["found"] - base[g]["found"]) - 1.5 * (t[g]["wrong"] - base[g]["wrong"]) for g in t)

    best = max((k for k in rows if k != "off"), key=lambda k: (gain(k), float(k)))
    shown: list[dict[str, Any]] = []  # what the held-out models add at the chosen threshold, to read
    for k, c in enumerate(calls):
        if k not in probs:
            continue
        quoted = _quoted(c)
        for i, a, b, p in rl.select(c["keys"], probs[k], float(best), _taken(c)):
            text = c["texts"][i][a:b]
            shown.append({"audit": c["audit"], "call": c["call"], "p": round(p, 3), "text": text,
                          "scorer": sorted(score(c, [text])[0]), "said": i in quoted})
    return {"threshold": float(best), "gain": gain(best), "added": shown,
            "curve": {k: {**v["tally"], "gain": gain(k) if k != "off" else 0.0} for k, v in rows.items()},
            "per_audit": {"off": rows["off"]["per_audit"], "chosen": rows[best]["per_audit"]}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--audits", type=Path, default=AUDITS)
    ap.add_argument("--exclude", nargs="*", default=[], help="audits not to train on (kept blind)")
    ap.add_argument("--out", type=Path, default=rl.MODEL)
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only, write nothing")
    ap.add_argument("--labels", choices=["quotes", "keywords"], default="quotes",
                    help="label by every decision's quote, or (the first model's labels) by the gold's own quotes "
                         "and otherwise the keyword-bearing sentences of the last turn that names them")
    a = ap.parse_args(argv)
    audits = sorted(p for p in a.audits.iterdir() if (p / "gold.json").exists() and p.name not in a.exclude)
    t0 = time.time()
    calls = build(audits, quoted=a.labels == "quotes")
    cv = cross_validate(calls)
    print(json.dumps({k: v for k, v in cv.items() if k not in ("per_audit", "added")}, indent=1))
    for r in cv["added"]:
        print(f"added {r['audit']} c{r['call']} p={r['p']:.2f} scorer={','.join(r['scorer']) or '-'} "
              f"said={'yes' if r['said'] else 'no'}: {r['text']}")
    for name, (f, g, w) in sorted(cv["per_audit"]["chosen"].items()):
        f0, _, w0 = cv["per_audit"]["off"][name]
        if (f, w) != (f0, w0):
            print(f"{name}: found {f0} -> {f} of {g}, wrong {w0} -> {w}")
    print(f"{time.time() - t0:.0f} s", file=sys.stderr)
    if a.dry_run:
        return 0
    model = {"features": rl.FEATURES, "embedder": "minilm-l6-int8", "trained_on": [p.name for p in audits],
             "labels": a.labels,
             "C": C_REG, "pos_weight": POS_WEIGHT, "cv": {k: v for k, v in cv.items() if k not in ("per_audit", "added")},
             **fit(calls), "threshold": cv["threshold"]}
    a.out.write_text(json.dumps(model) + "\n")
    print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
