#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Ashgrove audit calls (Zoom .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 5 calls/dates, as-of 2026-10-13, own questions. Hold-out audit.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
mkdir -p "$OUT"; rm -rf "$OUT/data"
E="Ashgrove Procurement Rollout"
PY=${PY:-$CODE_DIR/.venv/bin/python}
c() { (cd "$CODE_DIR" && CANDOR_DATA_DIR="$OUT/data" PYTHONPATH=. "$PY" -m assistant.cli "$@"); }
c engagement create "$E" > "$OUT/create.log" 2>&1
dates=(2026-09-14 2026-09-21 2026-09-28 2026-10-05 2026-10-12)
: > "$OUT/ingest.log"
for i in 1 2 3 4 5; do
  echo "== call $i" >> "$OUT/ingest.log"
  c ingest -e "$E" --date "${dates[$((i-1))]}" --title "Weekly status $i" "$HERE/calls/call-$i.vtt" >> "$OUT/ingest.log" 2>&1
done
c facts -e "$E" --json > "$OUT/facts.json" 2> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-10-13 --json > "$OUT/facts_asof.json" 2>> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-10-13 > "$OUT/facts.txt" 2>&1 || true
c report status -e "$E" --as-of 2026-10-13 --format json > "$OUT/status.json" 2> "$OUT/status.err" || true
c report status -e "$E" --as-of 2026-10-13 --format md > "$OUT/status.md" 2>&1 || true
: > "$OUT/ask.txt"
while IFS= read -r q; do
  echo "### Q: $q" >> "$OUT/ask.txt"
  c ask -e "$E" --as-of 2026-10-13 "$q" --json >> "$OUT/ask.txt" 2>&1 || echo "(exit $?)" >> "$OUT/ask.txt"
  echo >> "$OUT/ask.txt"
done <<'QS'
who owns the approval thresholds sign-off?
what is overdue?
what is blocked and on whom?
is the cost-centre extract done?
what was decided about the go-live date?
who is writing the UAT scripts?
what did Gareth commit to?
what was decided about supplier logins?
has Fiona been attending the calls?
is the punch-out test still happening?
QS
: > "$OUT/ask_asof_0929.txt"
for q in "is the cost-centre extract done?" "what is overdue?" "what is blocked and on whom?"; do echo "### Q (as of 2026-09-29): $q" >> "$OUT/ask_asof_0929.txt"; c ask -e "$E" --as-of 2026-09-29 "$q" --json >> "$OUT/ask_asof_0929.txt" 2>&1 || true; done
"$PY" "$HERE/../score.py" "$OUT/facts.json" --gold "$HERE/gold.json" --asof-facts "$OUT/facts_asof.json" > "$OUT/score.txt"
echo "done: $OUT"
