#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Kestrel audit calls, fresh data dir under OUT_DIR
# Adapted from evals/data/audits/harbourview/run.sh: engagement name, 6 calls/dates, as-of 2026-12-01, own questions.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
mkdir -p "$OUT"; rm -rf "$OUT/data"
E="Kestrel LMS Migration"
PY=${PY:-$CODE_DIR/.venv/bin/python}
c() { (cd "$CODE_DIR" && CANDOR_DATA_DIR="$OUT/data" PYTHONPATH=. "$PY" -m assistant.cli "$@"); }
c engagement create "$E" > "$OUT/create.log" 2>&1
dates=(2026-11-02 2026-11-05 2026-11-09 2026-11-16 2026-11-23 2026-11-30)
: > "$OUT/ingest.log"
for i in 1 2 3 4 5 6; do
  echo "== call $i" >> "$OUT/ingest.log"
  c ingest -e "$E" --date "${dates[$((i-1))]}" --title "Weekly status $i" "$HERE/calls/call-$i.vtt" >> "$OUT/ingest.log" 2>&1
done
c facts -e "$E" --json > "$OUT/facts.json" 2> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-12-01 --json > "$OUT/facts_asof.json" 2>> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-12-01 > "$OUT/facts.txt" 2>&1 || true
c report status -e "$E" --as-of 2026-12-01 --format json > "$OUT/status.json" 2> "$OUT/status.err" || true
c report status -e "$E" --as-of 2026-12-01 --format md > "$OUT/status.md" 2>&1 || true
: > "$OUT/ask.txt"
while IFS= read -r q; do
  echo "### Q: $q" >> "$OUT/ask.txt"
  c ask -e "$E" --as-of 2026-12-01 "$q" --json >> "$OUT/ask.txt" 2>&1 || echo "(exit $?)" >> "$OUT/ask.txt"
  echo >> "$OUT/ask.txt"
done <<'QS'
who owns the gradebook sync?
what is overdue?
what is blocked and on whom?
is the pilot migration done?
what was decided about the full migration wave?
is the DPIA done?
what did Helen commit to?
what was decided about data hosting?
has Alan been attending the calls?
QS
: > "$OUT/ask_asof_1117.txt"
for q in "is the pilot migration done?" "what is overdue?"; do echo "### Q (as of 2026-11-17): $q" >> "$OUT/ask_asof_1117.txt"; c ask -e "$E" --as-of 2026-11-17 "$q" --json >> "$OUT/ask_asof_1117.txt" 2>&1 || true; done
"$PY" "$HERE/../score.py" "$OUT/facts.json" --gold "$HERE/gold.json" --asof-facts "$OUT/facts_asof.json" > "$OUT/score.txt"
echo "done: $OUT"
