"""The learned follow-up linker: is this sentence of a later meeting the report that an open item is done, or
that it slipped to a later date?

The rules in ingest.extraction.followup read a report's grammar and tie it to an item by who says it and shared
words. Blind audits showed what they miss is mostly said by someone else or in other words ("we got your list
on Monday", "The spec went to Rhys on Wednesday"). This model scores every (open item, sentence) pair of a
meeting from a few dozen features: the rules' own verdicts, similarity, shared words, how the speaker relates to
the item, the report's grammar, dates. Two logistic regressions (done, slipped) were trained by multiple-instance
learning on the audit engagements' gold (evals/train_linker.py: each gold event names only its call, so the
call's best-scoring sentence is the positive), with thresholds chosen by leave-one-engagement-out
cross-validation. It only adds: an item the rules left alone this meeting gets the model's event when its best
sentence clears the threshold.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.models import ActionItem, Blocker, FactBase, FollowUp
from assistant.tracking import content_stems, names_match
from ingest.extraction import MeetingContext, rules

MODEL = Path(__file__).with_name("model") / "linker.json"

FEATURES = [
    "cos", "cos_gap_best", "cos_gap_rival", "shared_said", "shared_prompt", "topic_covered",
    "who_speaker", "who_named", "speaker_in_item", "owner_speaks_here",
    "report", "report_speaker", "report_thing", "report_pronoun", "report_names_owner", "receipt",
    "hedged", "question", "date_later", "date_not_later", "slip_mark", "not_yet",
    "unblocked", "blocker", "opens_turn", "second_person",
    "rule_done_here", "rule_slip_here", "rule_done_item", "rule_slip_item",
    "report_x_cos", "report_x_shared", "report_x_who", "receipt_x_shared", "date_x_who", "taken",
]
_RECEIPT = re.compile(r"\b(?:got|received|have|had|came|landed|arrived|reached|went|gone|in my inbox|with (?:me|us))\b",
                      re.IGNORECASE)
_SECOND = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=2)
def load(path: str = str(MODEL)) -> dict[str, Any] | None:
    p = Path(path)
    return json.loads(p.read_text()) if p.exists() else None


def pair_features(
    items: Sequence[FactBase],
    due: dict[str, Any],
    ctx: MeetingContext,
    similarity: Callable[[Sequence[str], Sequence[str]], np.ndarray],
    rule_out: Sequence[FollowUp],
) -> tuple[list[Any], list[Any], np.ndarray, list[Any]]:
    """(items, utterances, features [item, utterance, feature], later date said per utterance)."""
    from ingest.extraction import followup as fu

    items = [f for f in items if isinstance(f, (ActionItem, Blocker))]
    utts = [u for u in fu.utterances(ctx) if not rules.addressed_to_system(u.text)]
    if not items or not utts:
        return items, [], np.zeros((len(items), 0, len(FEATURES)), dtype=np.float32), []
    col = {n: k for k, n in enumerate(FEATURES)}
    people = ctx.people
    mdate = ctx.meeting.date
    name_words = fu.name_stems(people)
    topics = [fu._topic(f) - name_words for f in items]
    reports = [fu.done_report(u.text) for u in utts]
    # (a bare date said back to the turn before moves nothing: see followup._said_back)
    dates = [None if fu._bare(u.text) and fu._said_back(u) else fu._next_week_said(u, fu._later_date(u.text, mdate),
                                                                                     mdate) for u in utts]
    # Only sentences that report something or give a date, about an item's work (a word of it, with the prompt
    # they answer) or short ("Done, sent it Friday."), or that share three words with an item are read pair by pair
    # and embedded: a 1-hour meeting has about a thousand sentences, and embedding them all triples the pass's time.
    said_all = [content_stems(u.text) - name_words for u in utts]
    asked_all = [content_stems(u.prompt or "") - name_words if u.opens_turn else set() for u in utts]
    def shared(i: int) -> int:
        return max(len(t & (said_all[i] | asked_all[i])) for t in topics)

    signal = [reports[i] is not None or dates[i] is not None or bool(_RECEIPT.search(u.text))
              or rules.unblocked(u.text) for i, u in enumerate(utts)]
    keep = [i for i, u in enumerate(utts) if (signal[i] and (shared(i) >= 1 or len(u.text) < 40)) or shared(i) >= 3]
    utts, reports, dates = [utts[i] for i in keep], [reports[i] for i in keep], [dates[i] for i in keep]
    said, asked = [said_all[i] for i in keep], [asked_all[i] for i in keep]
    if not utts:
        return items, utts, np.zeros((len(items), 0, len(FEATURES)), dtype=np.float32), dates
    texts = [fu._item_text(f) for f in items]
    unique = list(dict.fromkeys([u.text for u in utts] + [fu._with_prompt(u) for u in utts]))
    pos = {t: k for k, t in enumerate(unique)}
    matrix = similarity(texts, unique)
    sims = np.maximum(matrix[:, [pos[u.text] for u in utts]], matrix[:, [pos[fu._with_prompt(u)] for u in utts]])
    x = np.zeros((len(items), len(utts), len(FEATURES)), dtype=np.float32)
    if not utts:
        return items, utts, x, dates
    speakers_here = {u.speaker for u in utts}
    done_at = {(f.item_id, e.segment_id) for f in rule_out if f.event == "done" for e in f.evidence[:1]}
    slip_at = {(f.item_id, e.segment_id) for f in rule_out if f.event == "slipped" for e in f.evidence[:1]}
    taken = {e.segment_id for f in rule_out for e in f.evidence[:1]}
    done_items = {f.item_id for f in rule_out if f.event == "done"}
    slip_items = {f.item_id for f in rule_out if f.event == "slipped"}
    per_utt = np.zeros((len(utts), len(FEATURES)), dtype=np.float32)
    for i, u in enumerate(utts):
        rep = reports[i]
        row = per_utt[i]
        row[col["report"]] = rep is not None
        row[col["report_speaker"]] = rep is not None and rep.doer == "speaker"
        row[col["report_thing"]] = rep is not None and rep.doer == "thing"
        row[col["report_pronoun"]] = rep is not None and rep.doer == "pronoun"
        row[col["receipt"]] = bool(_RECEIPT.search(u.text))
        row[col["hedged"]] = bool(fu._NOT_DONE_CLAUSE.search(u.text))
        row[col["question"]] = u.text.rstrip().endswith("?")
        row[col["slip_mark"]] = bool(fu._SLIP_MARK.search(u.text))
        row[col["not_yet"]] = bool(fu._NOT_YET.search(f"{u.earlier} {u.text}"))
        row[col["unblocked"]] = bool(rules.unblocked(u.text) or rules.approving_party(u.text, anywhere=False))
        row[col["opens_turn"]] = u.opens_turn
        row[col["second_person"]] = bool(_SECOND.search(u.text))
    x[:] = per_utt[None, :, :]
    x[:, :, col["cos"]] = sims
    x[:, :, col["cos_gap_best"]] = sims - sims.max(axis=1, keepdims=True)  # (of the sentences kept)
    if len(items) > 1:
        top2 = np.sort(sims, axis=0)[-2:]
        rival = np.where(sims >= top2[-1][None, :], top2[0][None, :], top2[-1][None, :])
        x[:, :, col["cos_gap_rival"]] = sims - rival
    for r, item in enumerate(items):
        party = item.waiting_on if isinstance(item, Blocker) else item.owner
        forms = fu._name_forms(party, people)
        topic = topics[r]
        x[r, :, col["blocker"]] = isinstance(item, Blocker)
        x[r, :, col["owner_speaks_here"]] = bool(party) and any(names_match(s, party or "", people)
                                                                  for s in speakers_here)
        owner_rx = fu._forms_rx(tuple(forms)) if forms else None
        d_old = due.get(item.id)
        for i, u in enumerate(utts):
            row = x[r, i]
            s_said = len(topic & said[i])
            row[col["shared_said"]] = min(s_said, 4) / 4
            row[col["shared_prompt"]] = min(len(topic & asked[i] - said[i]), 4) / 4
            row[col["topic_covered"]] = len(topic & (said[i] | asked[i])) / len(topic) if topic else 0.0
            who = fu._who(u, party, forms, people)
            row[col["who_speaker"]] = who == "speaker"
            row[col["who_named"]] = who == "named"
            row[col["speaker_in_item"]] = fu._party_to(item, u.speaker)
            rep = reports[i]
            row[col["report_names_owner"]] = rep is not None and rep.doer not in ("speaker", "thing", "pronoun") \
                and owner_rx is not None and bool(owner_rx.search(rep.doer))
            if dates[i] is not None:
                later = d_old is None or dates[i] > d_old
                row[col["date_later"]] = later
                row[col["date_not_later"]] = not later
            row[col["rule_done_here"]] = (item.id, u.segment_id) in done_at
            row[col["rule_slip_here"]] = (item.id, u.segment_id) in slip_at
            row[col["rule_done_item"]] = item.id in done_items
            row[col["rule_slip_item"]] = item.id in slip_items
            # the rules already read this sentence as another item's report
            row[col["taken"]] = u.segment_id in taken and (item.id, u.segment_id) not in done_at | slip_at
            # pairs of signals that mean more together than apart: a report in the item's words, by or about its
            # owner; a receipt of the item's thing; a date from or about the owner
            tied = float(who is not None or row[col["speaker_in_item"]] > 0)
            row[col["report_x_cos"]] = row[col["report"]] * sims[r, i]
            row[col["report_x_shared"]] = row[col["report"]] * row[col["shared_said"]]
            row[col["report_x_who"]] = row[col["report"]] * tied
            row[col["receipt_x_shared"]] = row[col["receipt"]] * row[col["shared_said"]]
            row[col["date_x_who"]] = (row[col["date_later"]] > 0) * tied
    return items, utts, x, dates


def _prob(x: np.ndarray, m: dict[str, Any]) -> np.ndarray:
    z = x @ np.asarray(m["w"], dtype=np.float32) + float(m["b"])
    return 1.0 / (1.0 + np.exp(-z))


def link(
    items: Sequence[FactBase],
    due: dict[str, Any],
    ctx: MeetingContext,
    similarity: Callable[[Sequence[str], Sequence[str]], np.ndarray],
    rule_out: list[FollowUp],
    model: dict[str, Any] | None = None,
    hint_at: float = 1.0,
) -> list[FollowUp]:
    """``rule_out`` plus the model's done and slipped events for the items the rules left alone, and a
    possibly-done hint for an open action item whose best sentence (not a question) scores from ``hint_at`` up
    but too low to close it. (Off by default: the item's work was done for 28 of 35 such sentences at .6 on the
    12 audits the model was not trained on, but only 22 of 46 hinted sentences on all audits were about it.)"""
    from ingest.extraction import followup as fu  # the rules build on this module's features

    model = model if model is not None else load()
    if not model:
        return rule_out
    touched = {f.item_id for f in rule_out}
    if all(f.id in touched for f in items):
        return rule_out
    items_, utts, x, dates = pair_features(items, due, ctx, similarity, rule_out)
    if not utts:
        return rule_out
    added: list[FollowUp] = []
    hints: list[tuple[int, FactBase, float]] = []
    used: set[int] = {e.segment_id for f in rule_out for e in f.evidence[:1]}
    p_done, p_slip = _prob(x, model["done"]), _prob(x, model["slipped"])
    has_date = np.array([d is not None for d in dates])
    p_slip = np.where(has_date[None, :], p_slip, 0.0)
    mid = ctx.meeting.meeting_id
    for r in np.argsort(-np.maximum(p_done.max(axis=1), p_slip.max(axis=1))):
        item = items_[r]
        if item.id in touched:
            continue
        i_d, i_s = int(p_done[r].argmax()), int(p_slip[r].argmax())
        done = p_done[r, i_d] >= model["done"]["threshold"]
        slip = isinstance(item, ActionItem) and p_slip[r, i_s] >= model["slipped"]["threshold"]
        if done and (not slip or p_done[r, i_d] >= p_slip[r, i_s]):
            i, event, new_due = i_d, "done", None
            score = float(p_done[r, i_d])
        elif slip and not fu.only_checking(utts[i_s].text, item.text):  # ("Let me check after the call.")
            i, event, new_due, score = i_s, "slipped", dates[i_s], float(p_slip[r, i_s])
        else:
            if isinstance(item, ActionItem) and p_done[r, i_d] >= hint_at and not rules.is_question(utts[i_d].text):
                hints.append((i_d, item, float(p_done[r, i_d])))
            continue
        if utts[i].segment_id in used:
            continue  # one sentence serves one item
        used.add(utts[i].segment_id)
        added.append(FollowUp(item_id=item.id, event=event, due=new_due,  # type: ignore[arg-type]
                              evidence=[utts[i].evidence(mid)], score=round(score, 4),
                              reason=f"learned linker p={score:.2f}"))
    for i, item, score in sorted(hints, key=lambda h: -h[2]):  # (best first) a sentence that moved an item, or hinted at one, is taken
        if utts[i].segment_id in used:
            continue
        used.add(utts[i].segment_id)
        added.append(FollowUp(item_id=item.id, event="possibly_done", evidence=[utts[i].evidence(mid)],
                              score=round(score, 4), reason=f"learned linker p={score:.2f}"))
    return rule_out + added


__all__ = ["FEATURES", "MODEL", "link", "load", "pair_features"]
