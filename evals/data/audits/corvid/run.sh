#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Corvid audit calls (Teams WebVTT), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 5 Thursday calls, as-of 2026-11-06, own questions.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
mkdir -p "$OUT"; rm -rf "$OUT/data"
E="Corvid Contact Centre Migration"
PY=${PY:-$CODE_DIR/.venv/bin/python}
c() { (cd "$CODE_DIR" && CANDOR_DATA_DIR="$OUT/data" PYTHONPATH=. "$PY" -m assistant.cli "$@"); }
c engagement create "$E" > "$OUT/create.log" 2>&1
dates=(2026-10-08 2026-10-15 2026-10-22 2026-10-29 2026-11-05)
: > "$OUT/ingest.log"
for i in 1 2 3 4 5; do
  echo "== call $i" >> "$OUT/ingest.log"
  c ingest -e "$E" --date "${dates[$((i-1))]}" --title "Weekly status $i" "$HERE/calls/call-$i.vtt" >> "$OUT/ingest.log" 2>&1
done
c facts -e "$E" --json > "$OUT/facts.json" 2> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-11-06 --json > "$OUT/facts_asof.json" 2>> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-11-06 > "$OUT/facts.txt" 2>&1 || true
c report status -e "$E" --as-of 2026-11-06 --format json > "$OUT/status.json" 2> "$OUT/status.err" || true
c report status -e "$E" --as-of 2026-11-06 --format md > "$OUT/status.md" 2>&1 || true
: > "$OUT/ask.txt"
while IFS= read -r q; do
  echo "### Q: $q" >> "$OUT/ask.txt"
  c ask -e "$E" --as-of 2026-11-06 "$q" --json >> "$OUT/ask.txt" 2>&1 || echo "(exit $?)" >> "$OUT/ask.txt"
  echo >> "$OUT/ask.txt"
done <<'QS'
who owns the agent user import?
what is overdue?
what is blocked and on whom?
is the screen pop done?
what was decided about call recording retention?
has Fiona signed off the retention?
what did Sam Okafor commit to?
what did Sam Lee commit to?
what was decided about the pilot?
has Gareth been attending the calls?
QS
: > "$OUT/ask_asof_1023.txt"
for q in "is the letter of authority signed?" "what is overdue?" "what is blocked and on whom?"; do echo "### Q (as of 2026-10-23): $q" >> "$OUT/ask_asof_1023.txt"; c ask -e "$E" --as-of 2026-10-23 "$q" --json >> "$OUT/ask_asof_1023.txt" 2>&1 || true; done
"$PY" "$HERE/../score.py" "$OUT/facts.json" --gold "$HERE/gold.json" --asof-facts "$OUT/facts_asof.json" > "$OUT/score.txt"
echo "done: $OUT"
