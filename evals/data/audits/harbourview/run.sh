#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 audit calls, fresh data dir under OUT_DIR
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
mkdir -p "$OUT"; rm -rf "$OUT/data"
E="Harbourview Permits"
PY=${PY:-$CODE_DIR/.venv/bin/python}
c() { (cd "$CODE_DIR" && CANDOR_DATA_DIR="$OUT/data" PYTHONPATH=. "$PY" -m assistant.cli "$@"); }
c engagement create "$E" > "$OUT/create.log" 2>&1
dates=(2026-10-05 2026-10-12 2026-10-19 2026-10-26 2026-11-02)
for i in 1 2 3 4 5; do
  echo "== call $i" >> "$OUT/ingest.log"
  c ingest -e "$E" --date "${dates[$((i-1))]}" --title "Weekly status $i" "$HERE/calls/call-$i.vtt" >> "$OUT/ingest.log" 2>&1
done
c facts -e "$E" --json > "$OUT/facts.json" 2> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-11-03 --json > "$OUT/facts_asof.json" 2>> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-11-03 > "$OUT/facts.txt" 2>&1 || true
c report status -e "$E" --as-of 2026-11-03 --format json > "$OUT/status.json" 2> "$OUT/status.err" || true
c report status -e "$E" --as-of 2026-11-03 --format md > "$OUT/status.md" 2>&1 || true
: > "$OUT/ask.txt"
while IFS= read -r q; do
  echo "### Q: $q" >> "$OUT/ask.txt"
  c ask -e "$E" --as-of 2026-11-03 "$q" --json >> "$OUT/ask.txt" 2>&1 || echo "(exit $?)" >> "$OUT/ask.txt"
  echo >> "$OUT/ask.txt"
done <<'QS'
who owns the firewall change?
what is overdue?
what is blocked and on whom?
is the trial load done?
what was decided about go-live?
is the permit extract done?
what did Marcus commit to?
QS
: > "$OUT/ask_asof_1027.txt"
for q in "is the trial load done?" "what is overdue?"; do echo "### Q (as of 2026-10-27): $q" >> "$OUT/ask_asof_1027.txt"; c ask -e "$E" --as-of 2026-10-27 "$q" --json >> "$OUT/ask_asof_1027.txt" 2>&1 || true; done
"$PY" "$HERE/../score.py" "$OUT/facts.json" --gold "$HERE/gold.json" --asof-facts "$OUT/facts_asof.json" > "$OUT/score.txt"
echo "done: $OUT"
