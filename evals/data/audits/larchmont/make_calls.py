#!/usr/bin/env python3
"""Turn the turn lists in turns/call-N.txt into Zoom-style SubRip transcripts calls/call-N.srt.

Turn lines are "X: text" where X is a speaker key (see NAMES); lines starting with # are comments.
Like a Zoom transcript export, a long turn is cut into several consecutive cues of roughly 5-10 seconds,
often mid-sentence, each cue repeating the "Full Name: " prefix. Splitting and timing are deterministic
(seeded per call), so re-running gives byte-identical files.

    python3 make_calls.py            # writes calls/call-*.srt
    python3 make_calls.py --check    # also checks every gold.json quote is a contiguous span of its call's turns
                                     # and reports which quotes straddle a cue boundary
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = {
    "N": "Nadia Okafor",       # vendor (Stackwise) project manager
    "L": "Luis Ferreira",      # vendor solution consultant
    "G": "Gareth Pryce",       # Larchmont DC operations manager
    "S": "Shona McAllister",   # Larchmont Kettering shift manager, super-user lead
    "D": "Dev Malhotra",       # Larchmont network team lead
    "K": "Karen Whitlock",     # Larchmont IT director, sponsor
    "J": "Jamie Cole",         # ScanPoint deployment engineer (handhelds, MDM)
}
WPS = 2.4  # words per second


def read_turns(n):
    turns = []
    for line in (HERE / "turns" / f"call-{n}.txt").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, text = line.split(":", 1)
        turns.append((NAMES[key.strip()], text.strip()))
    return turns


def split_turn(words, rng):
    """Chunks of ~9-18 words (5-10 s of speech); short turns stay whole; sometimes snap to punctuation."""
    n = len(words)
    if n <= 12 or (n <= 15 and rng.random() < 0.7):
        return [words]
    chunks, i = [], 0
    while n - i > 18:
        size = rng.randint(9, 17)
        if rng.random() < 0.35:  # Zoom sometimes happens to break at a pause (punctuation)
            for d in (0, 1, -1, 2, -2, 3, -3):
                j = i + size + d
                if i + 5 <= j < n - 3 and re.search(r"[,.?!]$", words[j - 1]):
                    size = j - i
                    break
        if n - (i + size) < 4:
            size = n - i - 4
        chunks.append(words[i:i + size])
        i += size
    chunks.append(words[i:])
    return chunks


def ts(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def make(n):
    rng = random.Random(1000 + n)
    t = rng.uniform(2.0, 6.0)
    cues = []  # (start, end, speaker, text, turn_index)
    for ti, (who, text) in enumerate(read_turns(n)):
        for k, chunk in enumerate(split_turn(text.split(), rng)):
            dur = max(1.1, len(chunk) / WPS * rng.uniform(0.85, 1.2))
            cues.append((t, t + dur, who, " ".join(chunk), ti))
            t += dur + rng.uniform(0.0, 0.08)
        t += rng.uniform(0.25, 1.4) if rng.random() > 0.08 else rng.uniform(2.5, 7.0)
    out = []
    for i, (a, b, who, text, _) in enumerate(cues, 1):
        out.append(f"{i}\n{ts(a)} --> {ts(b)}\n{who}: {text}\n")
    (HERE / "calls" / f"call-{n}.srt").write_text("\n".join(out))
    return cues


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(all_cues):
    gold = json.loads((HERE / "gold.json").read_text())
    items = [("commitment " + c["id"], c["first_call"], c["quote"]) for c in gold["commitments"]]
    items += [("blocker " + b["id"], b["raised_call"], b["quote"]) for b in gold["blockers"]]
    items += [("non-commitment", x["call"], x["quote"]) for x in gold["non_commitments"]]
    bad = 0
    for label, call, q in items:
        cues = all_cues[call]
        turns = {}
        for c in cues:
            turns.setdefault(c[4], []).append(c[3])
        hit = None
        for ti, parts in turns.items():
            if norm(q) in norm(" ".join(parts)):
                hit = (ti, parts)
                break
        if not hit:
            print(f"NOT FOUND  {label} (call {call}): {q!r}")
            bad += 1
            continue
        one = any(norm(q) in norm(p) for p in hit[1])
        print(f"{'one cue ' if one else 'STRADDLES'}  {label} (call {call}): {q!r}")
    return bad


if __name__ == "__main__":
    (HERE / "calls").mkdir(exist_ok=True)
    cues = {n: make(n) for n in range(1, 6)}
    for n, cs in cues.items():
        print(f"call-{n}.srt: {len(set(c[4] for c in cs))} turns, {len(cs)} cues, ends {ts(cs[-1][1])}")
    if "--check" in sys.argv:
        sys.exit(1 if check(cues) else 0)
