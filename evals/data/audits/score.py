#!/usr/bin/env python3
"""Score Candor facts against an audit's gold.json (--gold; default: harbourview/gold.json).

Usage: score.py FACTS_JSON [--gold GOLD] [--asof-facts FACTS_ASOF_JSON]

Matching (documented):
 * Meeting -> call: the meeting_id / history 'at' date (YYYYMMDD prefix or YYYY-MM-DD) is mapped to the call
   whose date it is (gold["calls"]).
 * Commitment: candidate facts are kind == action_item. Score(gold, fact) =
     q = max over the fact's evidence quotes (and text) taken from the gold first-mention call of
         |content tokens of gold quote found in that quote| / |content tokens of gold quote|
   match if q >= 0.6 ("quote match", scored 1 + q, plus 0.5 when the fact's owner is the gold owner); else, for a
   fact with the gold owner, match if one sentence of the gold quote (3+ content tokens) is in one of those quotes
   with at most one content token missing ("sentence match", 2.05: above another owner's quote match); else match if the fact's owner contains the gold owner name, the fact was
   created in the gold first call (or the owner it was reassigned to, see below), and >= 2 gold keywords occur in the fact text + evidence ("owner+keyword match").
   Greedy assignment by score; one fact -> at most one gold item, and a fact whose best gold item is taken still
   matches a gold item left unmatched. Facts matching only already-matched gold items (same criteria) are
   counted as duplicates. Unmatched action items are listed as spurious.
 * Owner correct: gold owner first name occurs in fact owner (case-insensitive), or, for an item reassigned later
   (optional gold "reassigned_to": [first names]), the new owner's name does. "reassigned to new owner" counts those
   whose fact ends with the new owner; "dropped recorded" counts gold items with "dropped_call" whose fact status is
   "dropped" (a dropped item left open or done is also a wrong final status).
 * Due correct: due on the fact's 'created' history entry == gold original due (only for gold items with a due).
   Also reported: current due == gold final due (last slip's new_due, or original).
 * Done: a gold done event at call n is "recorded" if the fact history has a 'done' event dated call n
   (strict); 'done at another call' is reported separately. False closure: a 'done' history event at call k on a
   matched fact when gold says the item was not done by call k (gold done call is None or > k). Done events on
   unmatched (spurious) action items are listed separately.
 * Slip: gold slip at call n is recorded if the history has a 'slipped' event at call n; its new date is checked
   against gold new_due. False slip: 'slipped' event at a call where gold has no slip.
 * Blocker: candidate facts are kind == blocker. A fact matches the gold blocker with the most keyword hits
   (text + evidence), needing >= 2 hits, or >= 1 if created in the gold raised call, or quote overlap >= 0.6.
   Several facts may match one gold blocker (fragments). Found = >= 1 fact. Raised call correct = earliest
   matched fact created in gold raised call. Party correct = any matched fact's waiting_on (or owner) contains
   a gold party alias. Cleared correct: gold cleared at call c -> every matched fact resolved, at least one at
   call c and none before; gold never cleared -> no matched fact resolved.
 * Held for check: an action item the commitment filter doubts ("held_for_check": doubtful, not confirmed or
   edited by the PM) is not counted as a commitment by the product, so it is left out of the candidates and listed.
 * Decision: decision facts whose text + evidence contain >= 2 gold keywords and were created in the gold call.
"""
import json, re, sys, argparse

STOP = set("i i'll ill you the a an to of and by it that this we in on for with is be can will have get me my your our us so yeah just um uh let let's".split())

def toks(s):
    return [t for t in re.findall(r"[a-z0-9][a-z0-9'\-]*", (s or "").lower())]

def content(s):
    return set(t for t in toks(s) if t not in STOP)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("facts")
    ap.add_argument("--gold", default=str(__import__("pathlib").Path(__file__).with_name("harbourview") / "gold.json"))
    ap.add_argument("--asof-facts", default=None, help="facts --json --as-of AS_OF output, for overdue check")
    a = ap.parse_args()
    gold = json.load(open(a.gold))
    facts = json.load(open(a.facts))
    if isinstance(facts, dict):
        facts = facts.get("facts", [])
    date2call = {d: int(n) for n, d in gold["calls"].items()}

    def call_of(s):
        if not s:
            return None
        m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", s)
        return date2call.get(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else None

    def fcall(f):
        return call_of(f.get("meeting_id")) or call_of((f.get("evidence") or [{}])[0].get("meeting_id"))

    def alltext(f):
        return " ".join([f.get("text") or ""] + [e.get("quote") or "" for e in f.get("evidence") or []])

    def hist(f, ev):
        return [(call_of(h.get("at")) or call_of(h.get("meeting_id")), h) for h in f.get("history") or [] if h.get("event") == ev]

    def created_due(f):
        for h in f.get("history") or []:
            if h.get("event") == "created":
                return h.get("due")
        return f.get("due")

    out = []
    P = out.append
    # ---------------- commitments
    # An item the commitment filter doubts (and the PM has not confirmed) is listed for the PM to check, not
    # counted as a commitment: it is scored as the ledger shows it, i.e. left out.
    held = [f for f in facts if f.get("kind") == "action_item" and f.get("held_for_check")]
    acts = [f for f in facts if f.get("kind") == "action_item" and not f.get("held_for_check")]
    G = gold["commitments"]

    def score(g, f):
        gq = content(g["quote"])
        best = 0.0
        srcs = [e.get("quote") for e in f.get("evidence") or [] if call_of(e.get("meeting_id")) == g["first_call"]]
        if fcall(f) == g["first_call"]:
            srcs.append(f.get("text"))
        for s in srcs:
            best = max(best, len(gq & content(s)) / max(1, len(gq)))
        owners = [g["owner"], *g.get("reassigned_to", [])]  # a reassigned item may carry its new owner by now
        owned = any(o.lower() in (f.get("owner") or "").lower() for o in owners)
        if best >= 0.6:
            # of two facts citing the quote (one may cite it as the prompt of its own promise), the owner's first
            return 1 + best + (0.5 if owned else 0), "quote"
        # the owner's fact citing one sentence of a quote said in several ("It's eighty-one questions, so, um, yeah.
        # You'll have it back by Wednesday."): a sentence of three content words or more, all but one in its quote
        for sent in re.split(r"(?<=[.!?])\s+", g["quote"]):
            cs = content(sent)
            if owned and len(cs) >= 3 and any(len(cs - content(q)) <= max(0, len(cs) - 3) and
                                              len(cs - content(q)) <= 1 for q in srcs):
                return 2.05, "sentence"  # above a quote match by someone else's fact
        kw = set(g["keywords"]) & set(toks(alltext(f)))
        if owned and fcall(f) == g["first_call"] and len(kw) >= 2:
            return 0.5 + 0.01 * len(kw), "owner+keyword"
        return 0, None

    pairs = []
    for g in G:
        for f in acts:
            s, how = score(g, f)
            if s > 0:
                pairs.append((s, g["id"], f["id"], how))
    pairs.sort(reverse=True)
    gm, fm, dups = {}, {}, {}
    # Best pairs first; a fact whose best gold item is taken still matches a gold item left unmatched (an item
    # handed over cites the new owner's promise, which can read like another gold item's quote), and is a
    # duplicate only when it matches no gold item left.
    for s, gid, fid, how in pairs:
        if fid not in fm and gid not in gm:
            gm[gid] = (fid, how)
            fm[fid] = gid
    for s, gid, fid, how in pairs:
        if fid not in fm:
            dups.setdefault(gid, []).append(fid)
            fm[fid] = gid
    byid = {f["id"]: f for f in facts}
    N = len(G)
    found = [g for g in G if g["id"] in gm]
    def owner_right(g, f):
        # a reassigned item may end with its new owner (gold "reassigned_to": first names, optional)
        return any(n.lower() in (f.get("owner") or "").lower() for n in [g["owner"], *g.get("reassigned_to", [])])
    owner_ok = [g for g in found if owner_right(g, byid[gm[g["id"]][0]])]
    reassigned = [g for g in G if g.get("reassigned_to")]
    reassigned_ok = [g for g in reassigned if g in found and any(
        n.lower() in (byid[gm[g["id"]][0]].get("owner") or "").lower() for n in g["reassigned_to"])]
    dropped = [g for g in G if g.get("dropped_call")]
    dropped_ok = [g for g in dropped if g in found and byid[gm[g["id"]][0]].get("status") == "dropped"]
    with_due = [g for g in found if g.get("due")]
    due_ok = [g for g in with_due if created_due(byid[gm[g["id"]][0]]) == g["due"]]

    def final_due(g):
        d = g.get("due")
        for e in g["events"]:
            if e["type"] == "slipped":
                d = e["new_due"]
        return d
    cur_due_ok = [g for g in with_due if byid[gm[g["id"]][0]].get("due") == final_due(g)]

    gold_done = [(g, e) for g in G for e in g["events"] if e["type"] == "done"]
    gold_slip = [(g, e) for g in G for e in g["events"] if e["type"] == "slipped"]
    done_ok, done_other, done_miss = [], [], []
    for g, e in gold_done:
        if g["id"] not in gm:
            done_miss.append((g, e, "commitment not found"))
            continue
        f = byid[gm[g["id"]][0]]
        calls = [c for c, h in hist(f, "done")]
        if e["call"] in calls:
            done_ok.append((g, e))
        elif calls or f.get("status") == "done":
            done_other.append((g, e, calls))
        else:
            done_miss.append((g, e, f"status {f.get('status')}"))
    slip_ok, slip_date_ok, slip_miss, false_slips = [], [], [], []
    for g, e in gold_slip:
        if g["id"] not in gm:
            slip_miss.append((g, e, "commitment not found"))
            continue
        f = byid[gm[g["id"]][0]]
        hs = [(c, h) for c, h in hist(f, "slipped") if c == e["call"]]
        if hs:
            slip_ok.append((g, e))
            if any(h.get("due") == e["new_due"] for c, h in hs):
                slip_date_ok.append((g, e))
            else:
                slip_date_ok  # noqa
        else:
            slip_miss.append((g, e, f"status {f.get('status')}"))
    false_closures = []
    for g in found:
        f = byid[gm[g["id"]][0]]
        gdone = min([e["call"] for e in g["events"] if e["type"] == "done"] or [99])
        for c, h in hist(f, "done"):
            if c is not None and c < gdone:
                false_closures.append((g, f, c, h))
        gs = {e["call"] for e in g["events"] if e["type"] == "slipped"}
        for c, h in hist(f, "slipped"):
            if c not in gs:
                false_slips.append((g, f, c, h))
    spurious = [f for f in acts if f["id"] not in fm]
    spurious_done = [(f, c, h) for f in spurious for c, h in hist(f, "done")]
    # final-status check
    final_wrong = []
    for g in found:
        f = byid[gm[g["id"]][0]]
        gdone = any(e["type"] == "done" for e in g["events"])
        cdone = f.get("status") == "done"
        if gdone != cdone or (g.get("dropped_call") and f.get("status") != "dropped"):
            final_wrong.append((g, f))

    P(f"== Commitments (gold N={N}; {len(gold_done)} done events, {len(gold_slip)} slips)")
    P(f"commitments found:             {len(found)}/{N}")
    P(f"owner correct among found:     {len(owner_ok)}/{len(found)}")
    P(f"due correct (first mention):   {len(due_ok)}/{len(with_due)}   (found items with a gold due)")
    P(f"current due = gold final due:  {len(cur_due_ok)}/{len(with_due)}")
    P(f"done recorded at right call:   {len(done_ok)}/{len(gold_done)}   (+{len(done_other)} recorded done at another call)")
    P(f"slips recorded:                {len(slip_ok)}/{len(gold_slip)}   (new date correct: {len(slip_date_ok)}/{len(slip_ok)})")
    P(f"false closures (matched):      {len(false_closures)}   (+{len(spurious_done)} done events on spurious items)")
    P(f"false slips:                   {len(false_slips)}")
    P(f"final status wrong (open/done):{len(final_wrong)}/{len(found)}")
    P(f"reassigned to new owner:       {len(reassigned_ok)}/{len(reassigned)}   dropped recorded: {len(dropped_ok)}/{len(dropped)}")
    P(f"duplicates of gold items:      {sum(len(v) for v in dups.values())}   spurious action items: {len(spurious)}")

    def q0(f):
        return "; ".join(f"{e.get('speaker')}@c{call_of(e.get('meeting_id'))}: \"{e.get('quote')}\"" for e in (f.get("evidence") or [])[:3])
    P("\n-- per-item")
    for g in G:
        if g["id"] in gm:
            f = byid[gm[g["id"]][0]]
            hs = ", ".join(f"{h.get('event')}@c{c}" + (f"->{h.get('due')}" if h.get('event') == 'slipped' else "") for c, h in
                           [(call_of(h.get("at")), h) for h in f.get("history") or []])
            ge = ", ".join(f"{e['type']}@c{e['call']}" + (f"->{e['new_due']}" if e['type'] == 'slipped' else "") for e in g["events"])
            P(f"{g['id']:4} [{gm[g['id']][1]}] owner {f.get('owner')!s:14} due {created_due(f)}/{f.get('due')} status {f.get('status')!s:8} | gold: {g['owner']}, due {g.get('due')}, {ge or '-'} | candor: {hs}"
              + (f" | dup: {dups[g['id']]}" if g['id'] in dups else ""))
        else:
            P(f"{g['id']:4} MISSED  gold: {g['owner']}: {g['task']} (call {g['first_call']}) quote: \"{g['quote']}\"")
    P("\n-- misses / errors")
    for g, e, why in done_miss:
        P(f"done missed: {g['id']} ({g['task']}) done@c{e['call']}: {why}")
    for g, e, calls in done_other:
        P(f"done at wrong call: {g['id']} ({g['task']}) gold c{e['call']}, candor {calls}")
    for g, e, why in slip_miss:
        P(f"slip missed: {g['id']} ({g['task']}) slipped@c{e['call']} -> {e['new_due']}: {why}")
    for g, e in slip_ok:
        if (g, e) not in slip_date_ok:
            f = byid[gm[g['id']][0]]
            P(f"slip wrong date: {g['id']} gold {e['new_due']} candor {[h.get('due') for c, h in hist(f, 'slipped')]}")
    for g, f, c, h in false_closures:
        P(f"FALSE CLOSURE: {g['id']} ({g['task']}) closed @c{c} by: {[x.get('quote') for x in h.get('evidence') or []]}")
    for g, f, c, h in false_slips:
        P(f"FALSE SLIP: {g['id']} @c{c} -> {h.get('due')} by: {[x.get('quote') for x in h.get('evidence') or []]}")
    for g, f in final_wrong:
        P(f"final status wrong: {g['id']} ({g['task']}) candor status {f.get('status')}")
    for g in found:
        f = byid[gm[g["id"]][0]]
        if g not in owner_ok:
            P(f"owner wrong: {g['id']} gold {g['owner']} candor {f.get('owner')}")
        if g in with_due and g not in due_ok:
            P(f"due wrong: {g['id']} gold {g['due']} candor {created_due(f)}")
    for gid, fl in dups.items():
        for fid in fl:
            P(f"duplicate of {gid}: {byid[fid]['text']!r}")
    P(f"held for check (doubtful as commitments, not counted): {len(held)}")
    for f in held:
        P(f"held for check: owner {f.get('owner')}: {f['text']!r}")
    for f in spurious:
        P(f"spurious action item: owner {f.get('owner')}, due {f.get('due')}, status {f.get('status')}: {f['text']!r} [{q0(f)}]")
    for f, c, h in spurious_done:
        P(f"  done event on spurious item @c{c}: {[x.get('quote') for x in h.get('evidence') or []]}")
    nc = gold.get("non_commitments", [])
    for n in nc:
        hit = [f for f in acts if len(content(n["quote"]) & content(alltext(f))) / max(1, len(content(n["quote"]))) >= 0.6]
        P(f"conditional offer ({n['speaker']} c{n['call']}) recorded as action item: {'YES ' + str([f['text'] for f in hit]) if hit else 'no'}")

    # overdue check
    if a.asof_facts:
        af = json.load(open(a.asof_facts))
        af = af if isinstance(af, list) else af.get("facts", [])
        od = {f["id"] for f in af if f.get("kind") == "action_item" and f.get("overdue")}
        gold_od = set(gold.get("overdue_as_of", []))
        cand_od_gold = {fm[i] for i in od if i in fm}
        P(f"\n== Overdue as of {gold['as_of']}: gold {sorted(gold_od)}; candor flags {len(od)} items -> gold ids {sorted(cand_od_gold)} "
          f"(+{len([i for i in od if i not in fm])} spurious); correct {len(gold_od & cand_od_gold)}/{len(gold_od)}, wrongly overdue {sorted(cand_od_gold - gold_od)}")

    # ---------------- blockers
    B = gold["blockers"]
    blks = [f for f in facts if f.get("kind") == "blocker"]
    bm = {b["id"]: [] for b in B}
    bunm = []
    for f in blks:
        tt = set(toks(alltext(f)))
        best, bid = 0, None
        for b in B:
            hits = len(set(b["keywords"]) & tt)
            ov = len(content(b["quote"]) & content(alltext(f))) / max(1, len(content(b["quote"])))
            need = 1 if fcall(f) == b["raised_call"] else 2
            sc = hits + (10 if ov >= 0.6 else 0)
            if (hits >= need or ov >= 0.6) and sc > best:
                best, bid = sc, b["id"]
        (bm[bid].append(f) if bid else bunm.append(f))
    bf = [b for b in B if bm[b["id"]]]
    raised_ok, party_ok, clear_ok = [], [], []
    P(f"\n== Blockers (gold N={len(B)})")
    lines = []
    for b in B:
        fs = bm[b["id"]]
        if not fs:
            lines.append(f"{b['id']} MISSED: {b['what']} (party {b['party']}, raised c{b['raised_call']}) quote: \"{b['quote']}\"")
            continue
        first = min(fcall(f) or 99 for f in fs)
        if first == b["raised_call"]:
            raised_ok.append(b)
        parties = " | ".join(str(f.get("waiting_on") or f.get("owner") or "") for f in fs)
        if any(al in parties.lower() for al in b["party_aliases"]):
            party_ok.append(b)
        res = [hist(f, "done") + hist(f, "resolved") for f in fs]
        rc = [min(c for c, h in r) if r else None for r in res]
        if b["cleared_call"] is None:
            ok = all(c is None for c in rc)
        else:
            ok = all(c is not None and c >= b["cleared_call"] for c in rc) and b["cleared_call"] in rc
        if ok:
            clear_ok.append(b)
        lines.append(f"{b['id']} found as {len(fs)} fact(s), first c{first} (gold c{b['raised_call']}), waiting_on [{parties}] (gold {b['party']}), "
                     f"resolved at {rc} (gold {b['cleared_call']}) -> {'OK' if ok else 'WRONG'}: " + " / ".join(repr(f['text']) for f in fs))
    P(f"blockers found:               {len(bf)}/{len(B)}")
    P(f"raised in right call:         {len(raised_ok)}/{len(bf)}")
    P(f"blocking party correct:       {len(party_ok)}/{len(bf)}")
    P(f"cleared/still-open correct:   {len(clear_ok)}/{len(bf)}  (gold cleared: {sum(1 for b in B if b['cleared_call'])}, cleared&found&correct: {sum(1 for b in clear_ok if b['cleared_call'])})")
    P(f"blocker facts: {len(blks)} (unmatched {len(bunm)})")
    for l in lines:
        P("  " + l)
    for f in bunm:
        P(f"  unmatched blocker: {f['text']!r} status {f.get('status')}")

    # ---------------- decisions
    D = gold["decisions"]
    decs = [f for f in facts if f.get("kind") == "decision"]
    dm, used = {}, set()
    for d in D:
        for f in decs:
            if fcall(f) == d["call"] and len(set(d["keywords"]) & set(toks(alltext(f)))) >= 2:
                dm.setdefault(d["id"], []).append(f)
                used.add(f["id"])
    P(f"\n== Decisions (gold N={len(D)})")
    P(f"decisions found:              {len(dm)}/{len(D)}   (decision facts: {len(decs)}, not matching any gold: {len(decs) - len(used)})")
    for d in D:
        P(f"  {d['id']} c{d['call']} {'found: ' + repr(dm[d['id']][0]['text']) if d['id'] in dm else 'MISSED'} | gold: {d['text']}")
    for f in decs:
        if f["id"] not in used:
            P(f"  non-gold decision fact c{fcall(f)}: {f['text']!r}")
    print("\n".join(out))

if __name__ == "__main__":
    main()
