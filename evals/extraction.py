"""Extraction evaluation: AMI exact (evidence-turn) metric, a TF-IDF baseline, the own labelled set, a benchmark.

    python -m evals.extraction --dataset /work/shared/data/ami/dev.jsonl [--json] [--extractor offline|llm]
    python -m evals.extraction --dataset .../dev.jsonl --baseline-train .../train.jsonl   # adds the baseline
    python -m evals.extraction --own evals/data [--json]
    python -m evals.extraction --bench

EXACT metric per kind: precision = distinct predicted evidence turns (per meeting) lying inside some gold item's
evidence of that kind / all distinct predicted evidence turns; recall = gold items with evidence that overlap a
predicted item's evidence / gold items with evidence; micro-averaged; meetings without any evidence links are
skipped. Action items count open, non-conditional items (offers and completion reports are not commitments).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from assistant.models import (
    ActionItem,
    Blocker,
    Decision,
    FactSet,
    Meeting,
    Person,
    Segment,
    Transcript,
    is_commitment,
)
from evals.train_extractor import exact_counts, load_meetings, prf, select
from evals.train_extractor import tune_threshold as tune
from ingest.extraction import MeetingContext

_FIXED_DAY = date(2024, 6, 12)  # AMI has no dates; a fixed Wednesday keeps runs deterministic
_ROLE_NAMES = {
    "project manager": "Project Manager",
    "industrial designer": "Industrial Designer",
    "user interface": "User Interface Designer",
    "marketing": "Marketing Expert",
}


# ---------------------------------------------------------------------------- conversions


def ami_context(m: dict[str, Any]) -> MeetingContext:
    """An AMI meeting as a MeetingContext (segment id = turn_id, speaker label = AMI letter)."""
    segs = [
        Segment(id=t["turn_id"], start=float(t["start"]), end=float(t["end"]), speaker=t["speaker"], text=t["text"])
        for t in m["turns"]
    ]
    names = {
        letter: _ROLE_NAMES.get((info or {}).get("role") or "", f"Speaker {letter}")
        for letter, info in m.get("speakers", {}).items()
    }
    for s in segs:
        names.setdefault(s.speaker, f"Speaker {s.speaker}")
    return _context(m["meeting_id"], m["meeting_id"], _FIXED_DAY, segs, names, [])


def _context(
    mid: str, title: str, day: date, segs: list[Segment], names: dict[str, str], people: list[Person]
) -> MeetingContext:
    meeting = Meeting(
        meeting_id=mid,
        engagement_id="eval",
        title=title,
        date=day,
        source_file=f"{mid}.json",
        sha256=mid,
        source_kind="import",
        speaker_names=names,
        ingested_at=datetime(day.year, day.month, day.day),
    )
    tr = Transcript(
        sha256=mid, source_name=f"{mid}.json", source_kind="import", language="en",
        duration_s=max((s.end for s in segs), default=0.0), segments=segs,
    )
    return MeetingContext(meeting=meeting, transcript=tr, people=people, speaker_names=names)


def own_context(doc: dict[str, Any]) -> MeetingContext:
    """A meeting of the own labelled set (evals/data/*.json) as a MeetingContext; speakers are names."""
    segs = [
        Segment(id=i, start=float(t["start"]), end=float(t["end"]), speaker=t["speaker"], text=t["text"])
        for i, t in enumerate(doc["turns"])
    ]
    names = {s.speaker: s.speaker for s in segs}
    people = [Person(**p) for p in doc.get("people", [])]
    return _context(doc["meeting_id"], doc.get("title", doc["meeting_id"]), date.fromisoformat(doc["date"]), segs,
                    names, people)


# ---------------------------------------------------------------------------- helpers


def make_extractor(kind: str | Any = "offline", embedder: Any = None) -> Any:
    if not isinstance(kind, str):
        return kind
    if kind == "offline":
        from ingest.extraction.offline import OfflineExtractor

        if embedder is None:
            embedder = _CachedMiniLM()
        return OfflineExtractor(embedder=embedder)
    if kind == "llm":
        from assistant.container import build_services
        from assistant.settings import load_settings

        return build_services(load_settings(extraction={"extractor": "llm"})).extractor
    raise ValueError(f"unknown extractor {kind!r} (offline|llm)")


class _CachedMiniLM:
    """MiniLM with the training script's text->vector cache (same vectors, no re-embedding of AMI turns)."""

    name = "minilm-l6-int8-cached"
    dim = 384

    def __init__(self, cache_dir: Path = Path("data/.cache/ami_embeddings")) -> None:
        from evals.train_extractor import EmbeddingCache

        self.cache = EmbeddingCache(cache_dir)
        self.cache.dir = None  # read-only: never write eval texts into the training cache

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.cache.get(list(texts))


def unverified(fs: FactSet, transcript: Transcript) -> int:
    """Facts with an evidence quote that is not a substring of its segment's text."""
    by_id = {s.id: s.text for s in transcript.segments}
    bad = 0
    for f in fs.facts:
        if any(e.quote not in by_id.get(e.segment_id, "") or not e.quote.strip() for e in f.evidence):
            bad += 1
    return bad


def predicted_turns(fs: FactSet) -> dict[str, list[set[int]]]:
    acts = [
        {e.segment_id for e in f.evidence}
        for f in fs.facts
        if isinstance(f, ActionItem) and f.status == "open" and is_commitment(f)
    ]
    decs = [{e.segment_id for e in f.evidence} for f in fs.facts if isinstance(f, Decision)]
    return {"actions": acts, "decisions": decs}


def _texts(fs: FactSet) -> dict[str, list[str]]:
    return {
        "actions": [f.text for f in fs.facts if isinstance(f, ActionItem) and f.status == "open" and is_commitment(f)],
        "decisions": [f.text for f in fs.facts if isinstance(f, Decision)],
    }


def semantic_match(pred: list[str], gold: list[str], embedder: Any, threshold: float = 0.5) -> tuple[int, int, int]:
    """(matched, predicted, gold): greedy one-to-one matching by embedding cosine >= threshold."""
    if not pred or not gold:
        return 0, len(pred), len(gold)
    sims = embedder.embed(pred) @ embedder.embed(gold).T
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = 0
    for flat in np.argsort(-sims, axis=None, kind="stable"):
        i, j = divmod(int(flat), sims.shape[1])
        if sims[i, j] < threshold:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched += 1
    return matched, len(pred), len(gold)


# ---------------------------------------------------------------------------- AMI evaluation


def run_extraction_eval(
    dataset: Path,
    extractor: str | Any = "offline",
    *,
    embedder: Any = None,
    semantic: bool = False,
    per_meeting: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Exact evidence-turn metric of an extractor on an AMI-format JSONL file."""
    meetings = load_meetings(dataset)
    ext = make_extractor(extractor, embedder)
    tot = {k: [0, 0, 0, 0] for k in ("actions", "decisions")}
    n_pred = {"actions": 0, "decisions": 0}
    n_gold = {"actions": 0, "decisions": 0}
    sem = {k: [0, 0, 0] for k in ("actions", "decisions")}
    bad = 0
    total_facts = 0
    scored = 0
    sem_embedder = None
    if semantic:
        sem_embedder = embedder or getattr(ext, "_get_embedder", lambda: None)()
        if sem_embedder is None:
            from assistant.engines.embedder import MiniLMEmbedder

            sem_embedder = MiniLMEmbedder()
    for m in meetings:
        ctx = ami_context(m)
        fs = ext.extract(ctx)
        bad += unverified(fs, ctx.transcript)
        total_facts += len(fs.facts)
        if not any(it["evidence_turn_ids"] for k in ("actions", "decisions", "problems") for it in m[k]):
            continue
        scored += 1
        pred = predicted_turns(fs)
        texts = _texts(fs)
        row: dict[str, Any] = {"meeting": m["meeting_id"]}
        for k in ("actions", "decisions"):
            turns = sorted(set().union(*pred[k])) if pred[k] else []
            c = exact_counts(turns, [it["evidence_turn_ids"] for it in m[k]])
            tot[k] = [a + b for a, b in zip(tot[k], c, strict=True)]
            n_pred[k] += len(pred[k])
            n_gold[k] += len(m[k])
            row[k] = {"predicted": len(pred[k]), "gold": len(m[k]), "turns_correct": c[0], "turns": c[1],
                      "gold_hit": c[2], "gold_with_evidence": c[3]}
            if sem_embedder is not None:
                s = semantic_match(texts[k], [it["text"] for it in m[k]], sem_embedder)
                sem[k] = [a + b for a, b in zip(sem[k], s, strict=True)]
        if per_meeting is not None:
            per_meeting.append(row)
    out: dict[str, Any] = {}
    for k, name in (("actions", "action_items"), ("decisions", "decisions")):
        p, r, f = prf(*tot[k])
        out[name] = {
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "predicted_per_meeting": round(n_pred[k] / max(1, scored), 3),
            "gold_per_meeting": round(n_gold[k] / max(1, scored), 3),
        }
        if sem_embedder is not None:
            mt, npred, ngold = sem[k]
            sp, sr = (mt / npred if npred else 0.0), (mt / ngold if ngold else 0.0)
            out[name]["semantic"] = {"precision": round(sp, 4), "recall": round(sr, 4),
                                     "f1": round(2 * sp * sr / (sp + sr), 4) if sp + sr else 0.0, "threshold": 0.5}
    out["unverified_facts"] = bad
    out["verified_share"] = round(1 - bad / total_facts, 4) if total_facts else 1.0
    out["meetings"] = scored
    return out


def run_baseline(train: Path, dataset: Path | None = None, folds: int = 5) -> dict[str, Any]:
    """TF-IDF (1-2 grams) + logistic regression per turn; threshold/cap tuned by grouped CV on train.

    Scored on ``dataset`` when given, else reported as grouped CV on train.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from evals.train_extractor import KINDS, is_scored, labels, series_folds

    tr = load_meetings(train)
    te = load_meetings(dataset) if dataset else None
    fold_of = series_folds(tr, folds)
    out: dict[str, Any] = {}

    def fit_predict(train_ms: list[dict[str, Any]], test_ms: list[dict[str, Any]], kind: str) -> list[np.ndarray]:
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        x = vec.fit_transform([t["text"] for m in train_ms for t in m["turns"]])
        y = np.concatenate([labels(m, kind) for m in train_ms])
        clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(x, y)
        return [clf.predict_proba(vec.transform([t["text"] for t in m["turns"]]))[:, 1] for m in test_ms]

    for kind, name in (("action", "action_items"), ("decision", "decisions")):
        oof: list[np.ndarray] = [np.zeros(0)] * len(tr)
        for f in range(folds):
            tri = [i for i, m in enumerate(tr) if fold_of[m["series"]] != f]
            tei = [i for i, m in enumerate(tr) if fold_of[m["series"]] == f]
            for i, pr in zip(tei, fit_predict([tr[i] for i in tri], [tr[i] for i in tei], kind), strict=True):
                oof[i] = pr
        gold_tr = [[it["evidence_turn_ids"] for it in m[KINDS[kind]]] for m in tr]
        thr, cap, _ = tune(oof, gold_tr, [is_scored(m) for m in tr])
        if te is None:
            probs, ms = oof, tr
        else:
            probs, ms = fit_predict(tr, te, kind), te
        tot = [0, 0, 0, 0]
        for p, m in zip(probs, ms, strict=True):
            if not any(it["evidence_turn_ids"] for k in KINDS.values() for it in m[k]):
                continue
            c = exact_counts(select(p, thr, cap), [it["evidence_turn_ids"] for it in m[KINDS[kind]]])
            tot = [a + b for a, b in zip(tot, c, strict=True)]
        p_, r_, f_ = prf(*tot)
        out[name] = {"precision": round(p_, 4), "recall": round(r_, 4), "f1": round(f_, 4), "threshold": thr, "cap": cap}
    return out


def run_grouped_cv(train: Path, folds: int = 5, embedder: Any = None, seed: int = 0) -> dict[str, Any]:
    """The full extractor (classifier + rules) scored by grouped CV on train: per fold, weights and thresholds
    are retrained on the other series only (needs the embedding cache or re-embeds). ``seed`` picks the
    series-to-fold split (0: the sorted round-robin split the shipped numbers use)."""
    import tempfile

    from evals.train_extractor import series_folds
    from evals.train_extractor import train as train_model

    ms = load_meetings(train)
    fold_of = series_folds(ms, folds, seed)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in range(folds):
            tr_path, te_path, mdir = Path(tmp, f"tr{f}.jsonl"), Path(tmp, f"te{f}.jsonl"), Path(tmp, f"m{f}")
            tr_path.write_text("".join(json.dumps(m) + "\n" for m in ms if fold_of[m["series"]] != f))
            te_path.write_text("".join(json.dumps(m) + "\n" for m in ms if fold_of[m["series"]] == f))
            train_model(tr_path, mdir, Path("data/.cache/ami_embeddings"), folds=4, quiet=True, variants=("full",))
            from ingest.extraction.offline import OfflineExtractor

            ext = OfflineExtractor(embedder=embedder, model_dir=mdir)
            run_extraction_eval(te_path, ext, per_meeting=rows)
    out: dict[str, Any] = {}
    for k, name in (("actions", "action_items"), ("decisions", "decisions")):
        tot = [sum(r[k][x] for r in rows) for x in ("turns_correct", "turns", "gold_hit", "gold_with_evidence")]
        p, r_, f1 = prf(*tot)
        out[name] = {"precision": round(p, 4), "recall": round(r_, 4), "f1": round(f1, 4)}
    out["meetings"] = len(rows)
    out["seed"] = seed
    return out


def run_grouped_cv_seeds(train: Path, seeds: Sequence[int], folds: int = 5) -> dict[str, Any]:
    """run_grouped_cv over several series-to-fold splits, with the mean P/R/F1 per kind (decision F1 differs by
    ~0.02 between splits, more than most single changes move it)."""
    runs = [run_grouped_cv(train, folds, seed=s) for s in seeds]
    mean = {name: {m: round(sum(r[name][m] for r in runs) / len(runs), 4) for m in ("precision", "recall", "f1")}
            for name in ("action_items", "decisions")}
    return {**mean, "meetings": runs[0]["meetings"], "seeds": list(seeds), "runs": runs}


# ---------------------------------------------------------------------------- own labelled set


def _norm(s: str | None) -> str:
    return (s or "").strip().lower()


def run_own_eval(directory: Path, extractor: str | Any = "offline", *, embedder: Any = None) -> dict[str, Any]:
    """The own labelled set scored as a whole and split into tuning and held-out meetings."""
    ext = make_extractor(extractor, embedder)
    docs = [json.loads(f.read_text()) for f in sorted(directory.glob("*.json"))]
    if not docs:
        raise SystemExit(f"no labelled meetings (*.json) in {directory}")
    out = _own_scores(docs, ext)
    out["tuning"] = {k: v for k, v in _own_scores([d for d in docs if not d.get("held_out")], ext).items()
                     if k not in ("per_meeting", "counts")}
    out["held_out"] = {k: v for k, v in _own_scores([d for d in docs if d.get("held_out")], ext).items()
                       if k not in ("per_meeting", "counts")}
    out["held_out_meetings"] = [d["meeting_id"] for d in docs if d.get("held_out")]
    return out


def _own_scores(docs: list[dict[str, Any]], ext: Any) -> dict[str, Any]:
    """Owner accuracy, action recall/precision, blockers, decisions, sentiment sign on labelled meetings."""
    agg: dict[str, list[int]] = {k: [0, 0] for k in (
        "action_recall", "action_precision", "owner_accuracy", "owner_assigned", "due_accuracy",
        "blocker_recall", "waiting_on_accuracy", "decision_recall", "sentiment_sign", "no_false_commitment",
        "closure_recall")}
    per: list[dict[str, Any]] = []
    bad = 0
    for doc in docs:
        ctx = own_context(doc)
        fs = ext.extract(ctx)
        bad += unverified(fs, ctx.transcript)
        gold = doc["gold"]
        acts = [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open" and is_commitment(f)]
        row = {"meeting": doc["meeting_id"], "held_out": doc.get("held_out", False),
               "predicted_actions": len(acts), "gold_actions": len(gold.get("action_items", []))}
        matched_pred: set[int] = set()
        for g in gold.get("action_items", []):
            gt = set(g["evidence_turns"])
            hit = next((k for k, a in enumerate(acts) if {e.segment_id for e in a.evidence} & gt), None)
            agg["action_recall"][1] += 1
            if hit is None:
                continue
            agg["action_recall"][0] += 1
            matched_pred.add(hit)
            a = acts[hit]
            if a.owner is not None:
                agg["owner_assigned"][0] += 1
                agg["owner_accuracy"][1] += 1
                agg["owner_accuracy"][0] += int(_norm(a.owner) == _norm(g.get("owner")))
            agg["owner_assigned"][1] += 1
            if g.get("due"):
                agg["due_accuracy"][1] += 1
                agg["due_accuracy"][0] += int(a.due is not None and a.due.isoformat() == g["due"])
        # Precision: a predicted open item is correct if it overlaps a gold action's evidence.
        all_gold_turns = {t for g in gold.get("action_items", []) for t in g["evidence_turns"]}
        for a in acts:
            agg["action_precision"][1] += 1
            agg["action_precision"][0] += int(bool({e.segment_id for e in a.evidence} & all_gold_turns))
        # Not-commitments (conditional offers, negations) must not appear as open commitments.
        for t in gold.get("not_commitments", []):
            agg["no_false_commitment"][1] += 1
            agg["no_false_commitment"][0] += int(not any(t in {e.segment_id for e in a.evidence} for a in acts))
        done = [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "done"]
        for t in gold.get("closures", []):
            agg["closure_recall"][1] += 1
            agg["closure_recall"][0] += int(any(t["turn"] in {e.segment_id for e in d.evidence} for d in done))
        blockers = [f for f in fs.facts if f.kind == "blocker"]
        for g in gold.get("blockers", []):
            agg["blocker_recall"][1] += 1
            hit_b = next((b for b in blockers if {e.segment_id for e in b.evidence} & set(g["evidence_turns"])), None)
            if hit_b is not None:
                agg["blocker_recall"][0] += 1
                agg["waiting_on_accuracy"][1] += 1
                agg["waiting_on_accuracy"][0] += int(_norm(getattr(hit_b, "waiting_on", None)) == _norm(g.get("waiting_on")))
        decs = [f for f in fs.facts if isinstance(f, Decision)]
        for g in gold.get("decisions", []):
            agg["decision_recall"][1] += 1
            agg["decision_recall"][0] += int(any({e.segment_id for e in d.evidence} & set(g["evidence_turns"])
                                                 for d in decs))
        sents = {f.person: f.polarity for f in fs.facts if f.kind == "sentiment"}  # type: ignore[attr-defined]
        for person, label in gold.get("sentiment", {}).items():
            agg["sentiment_sign"][1] += 1
            pol = sents.get(person, 0.0)
            got = "positive" if pol >= 0.15 else "negative" if pol <= -0.15 else "neutral"
            agg["sentiment_sign"][0] += int(got == label)
        per.append(row)
    res: dict[str, Any] = {k: (round(v[0] / v[1], 4) if v[1] else None) for k, v in agg.items()}
    res["counts"] = {k: v for k, v in agg.items()}
    res["meetings"] = len(docs)
    res["unverified_facts"] = bad
    res["per_meeting"] = per
    return res


# ---------------------------------------------------------------------------- speed


def bench(n_turns: int = 900, words: int = 9000, embedder: Any = None, repeats: int = 1) -> dict[str, Any]:
    """Seconds to extract a synthetic 1-hour meeting (turns recycled from the own labelled set)."""
    from ingest.extraction.offline import OfflineExtractor

    src = [t for f in sorted((Path(__file__).parent / "data").glob("*.json"))
           for t in json.loads(f.read_text())["turns"]]
    if not src:
        raise SystemExit("bench needs evals/data/*.json")
    segs: list[Segment] = []
    total_words = 0
    i = 0
    while len(segs) < n_turns:
        t = src[i % len(src)]
        text = t["text"]
        # Pad with filler talk so the meeting has the requested word count.
        need = max(0, words // n_turns - len(text.split()))
        text = text + (" And then we looked at the numbers again." * (need // 8)) if need >= 8 else text
        segs.append(Segment(id=i, start=i * 4.0, end=i * 4.0 + 3.5, speaker=t["speaker"], text=text))
        total_words += len(text.split())
        i += 1
    ctx = _context("bench", "bench", _FIXED_DAY, segs, {s.speaker: s.speaker for s in segs}, [])
    ext = OfflineExtractor(embedder=embedder)
    ext.turn_probabilities(["warm up the model"] * 4, ["A", "B", "A", "B"])
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fs = ext.extract(ctx)
        times.append(time.perf_counter() - t0)
    # The follow-up pass tracking runs after each meeting: this meeting read for 60 items still open before it
    # (its own items, as if from an earlier call), with the product's MiniLM similarity.
    from assistant.engines.embedder import MiniLMEmbedder
    from ingest.extraction.followup import follow_up_for

    items = [f for f in fs.facts if isinstance(f, (ActionItem, Blocker)) and f.status == "open"][:60]
    for k, f in enumerate(items):
        f.id = f.id or f"bench-{k}"
    find = follow_up_for(ctx, embedder if embedder is not None else MiniLMEmbedder())
    t0 = time.perf_counter()
    found = find(list(items), {f.id: getattr(f, "due", None) for f in items})
    follow_up_s = time.perf_counter() - t0
    return {"turns": len(segs), "words": total_words, "seconds": round(min(times), 2), "facts": len(fs.facts),
            "variant": ext._variant(), "follow_up_items": len(items), "follow_up_seconds": round(follow_up_s, 2),
            "follow_ups_found": len(found)}


# ---------------------------------------------------------------------------- CLI


def _print_ami(res: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    print(f"{'meeting':10} {'act pred':>8} {'act gold':>8} {'dec pred':>8} {'dec gold':>8}")
    for r in rows:
        print(f"{r['meeting']:10} {r['actions']['predicted']:>8} {r['actions']['gold']:>8} "
              f"{r['decisions']['predicted']:>8} {r['decisions']['gold']:>8}")
    for name in ("action_items", "decisions"):
        v = res[name]
        print(f"{name:13} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} "
              f"pred/meeting={v['predicted_per_meeting']} gold/meeting={v['gold_per_meeting']}")
        if "semantic" in v:
            s = v["semantic"]
            print(f"{'':13} semantic (cosine>={s['threshold']}): P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
    print(f"facts with verified evidence: {100 * res['verified_share']:.1f}%  (unverified: {res['unverified_facts']})")
    print(f"meetings scored: {res['meetings']}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate fact extraction.")
    ap.add_argument("--dataset", type=Path, help="AMI-format JSONL")
    ap.add_argument("--extractor", default="offline", help="offline|llm")
    ap.add_argument("--json", action="store_true", help="print JSON only")
    ap.add_argument("--baseline-train", type=Path, help="also score the TF-IDF baseline trained on this file")
    ap.add_argument("--cv", type=Path, help="grouped-CV of the full extractor on this train file")
    ap.add_argument("--cv-seeds", default="0", help="comma-separated series-to-fold split seeds for --cv "
                    "(several: mean over splits; 0 is the shipped split)")
    ap.add_argument("--own", type=Path, help="own labelled set directory (evals/data)")
    ap.add_argument("--bench", action="store_true", help="time a synthetic 1-hour meeting")
    args = ap.parse_args(argv)
    result: dict[str, Any] = {}
    rows: list[dict[str, Any]] = []
    if args.dataset:
        if not args.dataset.is_file():
            print(f"dataset {args.dataset} not found", file=sys.stderr)
            return 2
        res = run_extraction_eval(args.dataset, args.extractor, semantic=not args.json, per_meeting=rows)
        result.update(res)
        if args.baseline_train:
            result["baseline_tfidf_lr"] = run_baseline(args.baseline_train, args.dataset)
    if args.cv:
        seeds = [int(x) for x in args.cv_seeds.split(",") if x.strip()]
        result["grouped_cv"] = run_grouped_cv(args.cv) if seeds == [0] else run_grouped_cv_seeds(args.cv, seeds)
    if args.own:
        result["own"] = run_own_eval(args.own, args.extractor)
    if args.bench:
        result["bench"] = bench()
    if not result:
        ap.error("give --dataset, --own, --cv or --bench")
    if args.json:
        print(json.dumps(result, indent=2, default=str))
        return 0
    if args.dataset:
        _print_ami(result, rows)
    for key in ("baseline_tfidf_lr", "grouped_cv", "own", "bench"):
        if key in result:
            print(f"{key}: {json.dumps(result[key], default=str)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
