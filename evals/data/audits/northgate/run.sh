#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Northgate audit calls (.txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/harbourview/run.sh: engagement name, dates, *.txt call files, questions, as-of dates.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
mkdir -p "$OUT"; rm -rf "$OUT/data"
E="Northgate Water MDM"
PY=${PY:-$CODE_DIR/.venv/bin/python}
c() { (cd "$CODE_DIR" && CANDOR_DATA_DIR="$OUT/data" PYTHONPATH=. "$PY" -m assistant.cli "$@"); }
: > "$OUT/ingest.log"
c engagement create "$E" > "$OUT/create.log" 2>&1
dates=(2026-09-15 2026-09-22 2026-09-29 2026-10-06 2026-10-13)
for i in 1 2 3 4 5; do
  echo "== call $i" >> "$OUT/ingest.log"
  c ingest -e "$E" --date "${dates[$((i-1))]}" --title "Weekly status $i" "$HERE/calls/call-$i.txt" >> "$OUT/ingest.log" 2>&1
done
c facts -e "$E" --json > "$OUT/facts.json" 2> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-10-14 --json > "$OUT/facts_asof.json" 2>> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-10-14 > "$OUT/facts.txt" 2>&1 || true
c report status -e "$E" --as-of 2026-10-14 --format json > "$OUT/status.json" 2> "$OUT/status.err" || true
c report status -e "$E" --as-of 2026-10-14 --format md > "$OUT/status.md" 2>&1 || true
: > "$OUT/ask.txt"
while IFS= read -r q; do
  echo "### Q: $q" >> "$OUT/ask.txt"
  c ask -e "$E" --as-of 2026-10-14 "$q" --json >> "$OUT/ask.txt" 2>&1 || echo "(exit $?)" >> "$OUT/ask.txt"
  echo >> "$OUT/ask.txt"
done <<'QS'
who owns the VPN?
what is overdue?
what is blocked and on whom?
is the trial load done?
what was decided about go-live?
is the register export done?
what did Declan commit to?
what was decided about estimated reads?
is the data sharing agreement done?
who owns the firmware list?
QS
: > "$OUT/ask_asof_0930.txt"
for q in "is the data sharing agreement done?" "what is overdue?" "what is blocked and on whom?"; do echo "### Q (as of 2026-09-30): $q" >> "$OUT/ask_asof_0930.txt"; c ask -e "$E" --as-of 2026-09-30 "$q" --json >> "$OUT/ask_asof_0930.txt" 2>&1 || true; done
"$PY" "$HERE/../score.py" "$OUT/facts.json" --gold "$HERE/gold.json" --asof-facts "$OUT/facts_asof.json" > "$OUT/score.txt"
echo "done: $OUT"
