#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Fenwick audit calls (Teams .docx), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 6 calls/dates (call 3 is an extra Friday call),
# *.docx call files, as-of 2026-11-05, own questions.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
mkdir -p "$OUT"; rm -rf "$OUT/data"
E="Fenwick Payroll Cutover"
PY=${PY:-$CODE_DIR/.venv/bin/python}
c() { (cd "$CODE_DIR" && CANDOR_DATA_DIR="$OUT/data" PYTHONPATH=. "$PY" -m assistant.cli "$@"); }
c engagement create "$E" > "$OUT/create.log" 2>&1
dates=(2026-10-07 2026-10-14 2026-10-16 2026-10-21 2026-10-28 2026-11-04)
titles=("Weekly status 1" "Weekly status 2" "Extra call before Kieran's leave" "Weekly status 3" "Weekly status 4" "Weekly status 5")
: > "$OUT/ingest.log"
for i in 1 2 3 4 5 6; do
  echo "== call $i" >> "$OUT/ingest.log"
  c ingest -e "$E" --date "${dates[$((i-1))]}" --title "${titles[$((i-1))]}" "$HERE/calls/call-$i.docx" >> "$OUT/ingest.log" 2>&1
done
c facts -e "$E" --json > "$OUT/facts.json" 2> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-11-05 --json > "$OUT/facts_asof.json" 2>> "$OUT/facts.err"
c facts -e "$E" --as-of 2026-11-05 > "$OUT/facts.txt" 2>&1 || true
c report status -e "$E" --as-of 2026-11-05 --format json > "$OUT/status.json" 2> "$OUT/status.err" || true
c report status -e "$E" --as-of 2026-11-05 --format md > "$OUT/status.md" 2>&1 || true
: > "$OUT/ask.txt"
while IFS= read -r q; do
  echo "### Q: $q" >> "$OUT/ask.txt"
  c ask -e "$E" --as-of 2026-11-05 "$q" --json >> "$OUT/ask.txt" 2>&1 || echo "(exit $?)" >> "$OUT/ask.txt"
  echo >> "$OUT/ask.txt"
done <<'QS'
who owns the GL mapping sign-off?
what is overdue?
what is blocked and on whom?
is the trial load done?
what was decided about rounding?
is the union letter done?
what did Gail commit to?
what was decided about go-live?
has Sandra been attending the calls?
who owns the org hierarchy?
QS
: > "$OUT/ask_asof_1022.txt"
for q in "is the extract done?" "what is overdue?" "what is blocked and on whom?"; do echo "### Q (as of 2026-10-22): $q" >> "$OUT/ask_asof_1022.txt"; c ask -e "$E" --as-of 2026-10-22 "$q" --json >> "$OUT/ask_asof_1022.txt" 2>&1 || true; done
"$PY" "$HERE/../score.py" "$OUT/facts.json" --gold "$HERE/gold.json" --asof-facts "$OUT/facts_asof.json" > "$OUT/score.txt"
echo "done: $OUT"
