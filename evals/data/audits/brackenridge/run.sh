#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Brackenridge audit calls (.txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 6 Wednesday calls (11-11 cancelled), *.txt files, as-of 2026-12-03, own questions.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
mkdir -p "$OUT"; rm -rf "$OUT/data"
E="Brackenridge Claims Data Migration"
PY=${PY:-$CODE_DIR/.venv/bin/python}
c() { (cd "$CODE_DIR" && CANDOR_DATA_DIR="$OUT/data" PYTHONPATH=. "$PY" -m assistant.cli "$@"); }
: > "$OUT/ingest.log"
c engagement create "$E" > "$OUT/create.log" 2>&1
dates=(2026-10-21 2026-10-28 2026-11-04 2026-11-18 2026-11-25 2026-12-02)
for i in 1 2 3 4 5 6; do
  echo "== call $i" >> "$OUT/ingest.log"
  c ingest -e "$E" --date "${dates[$((i-1))]}" --title "Weekly status $i" "$HERE/calls/call-$i.txt" >> "$OUT/ingest.log" 2>&1
done
c facts -e "$E" --json > "$OUT/facts.json" 2> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-12-03 --json > "$OUT/facts_asof.json" 2>> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-12-03 > "$OUT/facts.txt" 2>&1 || true
c report status -e "$E" --as-of 2026-12-03 --format json > "$OUT/status.json" 2> "$OUT/status.err" || true
c report status -e "$E" --as-of 2026-12-03 --format md > "$OUT/status.md" 2>&1 || true
: > "$OUT/ask.txt"
while IFS= read -r q; do
  echo "### Q: $q" >> "$OUT/ask.txt"
  c ask -e "$E" --as-of 2026-12-03 "$q" --json >> "$OUT/ask.txt" 2>&1 || echo "(exit $?)" >> "$OUT/ask.txt"
  echo >> "$OUT/ask.txt"
done <<'QS'
who owns the status code table?
what is overdue?
what is blocked and on whom?
is the sample extract done?
has the work order been signed?
what was decided about attachments?
what was decided about the reset meeting?
what did Gareth commit to?
has Colin been attending the calls?
when is the full extract due?
QS
: > "$OUT/ask_asof_1119.txt"
for q in "is the sample extract done?" "what is overdue?" "what is blocked and on whom?"; do echo "### Q (as of 2026-11-19): $q" >> "$OUT/ask_asof_1119.txt"; c ask -e "$E" --as-of 2026-11-19 "$q" --json >> "$OUT/ask_asof_1119.txt" 2>&1 || true; done
"$PY" "$HERE/../score.py" "$OUT/facts.json" --gold "$HERE/gold.json" --asof-facts "$OUT/facts_asof.json" > "$OUT/score.txt"
echo "done: $OUT"
