#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Pemberton audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 fortnightly calls/dates, .srt, as-of 2026-11-04, own questions. Hold-out audit.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
mkdir -p "$OUT"; rm -rf "$OUT/data"
E="Pemberton Freight Telematics"
PY=${PY:-$CODE_DIR/.venv/bin/python}
c() { (cd "$CODE_DIR" && CANDOR_DATA_DIR="$OUT/data" PYTHONPATH=. "$PY" -m assistant.cli "$@"); }
c engagement create "$E" > "$OUT/create.log" 2>&1
dates=(2026-09-08 2026-09-22 2026-10-06 2026-10-20 2026-11-03)
: > "$OUT/ingest.log"
for i in 1 2 3 4 5; do
  echo "== call $i" >> "$OUT/ingest.log"
  c ingest -e "$E" --date "${dates[$((i-1))]}" --title "Fortnightly status $i" "$HERE/calls/call-$i.srt" >> "$OUT/ingest.log" 2>&1
done
c facts -e "$E" --json > "$OUT/facts.json" 2> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-11-04 --json > "$OUT/facts_asof.json" 2>> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-11-04 > "$OUT/facts.txt" 2>&1 || true
c report status -e "$E" --as-of 2026-11-04 --format json > "$OUT/status.json" 2> "$OUT/status.err" || true
c report status -e "$E" --as-of 2026-11-04 --format md > "$OUT/status.md" 2>&1 || true
: > "$OUT/ask.txt"
while IFS= read -r q; do
  echo "### Q: $q" >> "$OUT/ask.txt"
  c ask -e "$E" --as-of 2026-11-04 "$q" --json >> "$OUT/ask.txt" 2>&1 || echo "(exit $?)" >> "$OUT/ask.txt"
  echo >> "$OUT/ask.txt"
done <<'QS'
who is pushing the driver app to the phones?
what is overdue?
what is blocked and on whom?
is the VIN list done?
what was decided about wave two?
who is running the driver training?
what did Declan commit to?
what was decided about driver scoring?
has Declan been attending the calls?
is the toolbox talk still happening?
QS
: > "$OUT/ask_asof_1007.txt"
for q in "is the VIN list done?" "what is overdue?" "what is blocked and on whom?"; do echo "### Q (as of 2026-10-07): $q" >> "$OUT/ask_asof_1007.txt"; c ask -e "$E" --as-of 2026-10-07 "$q" --json >> "$OUT/ask_asof_1007.txt" 2>&1 || true; done
"$PY" "$HERE/../score.py" "$OUT/facts.json" --gold "$HERE/gold.json" --asof-facts "$OUT/facts_asof.json" > "$OUT/score.txt"
echo "done: $OUT"
