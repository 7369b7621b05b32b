#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Kelder Valley audit calls (Zoom .vtt and Zoom .txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 Tuesday calls, as-of 2026-11-25, own questions.
# The calls mix two formats (EXTS, one per call), which ../audit.sh's single EXT cannot express, so run_audit is
# a copy of audit.sh's with the per-call extension; everything else is the same. Hold-out audit.
set -euo pipefail
E="Kelder Valley Field Service Pilot"
DATES=(2026-10-27 2026-11-03 2026-11-10 2026-11-17 2026-11-24)
EXTS=(vtt txt vtt txt vtt)
AS_OF=2026-11-25
QUESTIONS=$(cat <<'QS'
who owns the acceptance criteria sign-off?
what is overdue?
what is blocked and on whom?
is the firewall rule in?
what was decided about location tracking?
who is sending Tabsure the serial list?
what did Bernie commit to?
when is the Hexley go-live?
has Graham been attending the calls?
are the quick reference cards still happening?
QS
)
EARLY_AS_OF=2026-11-11
EARLY_QUESTIONS=("is the firewall rule in?" "what is overdue?" "what is blocked and on whom?")

run_audit() {
  local here code out n title q early
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  code=$(cd "$1" && pwd); out=$(mkdir -p "$2" && cd "$2" && pwd)
  rm -rf "$out/data"
  local py=${PY:-$code/.venv/bin/python}
  c() { (cd "$code" && CANDOR_DATA_DIR="$out/data" PYTHONPATH=. "$py" -m assistant.cli "$@"); }
  c engagement create "$E" > "$out/create.log" 2>&1
  : > "$out/ingest.log"
  for n in $(seq 1 "${#DATES[@]}"); do
    echo "== call $n" >> "$out/ingest.log"
    printf -v title "Weekly status %s" "$n"
    c ingest -e "$E" --date "${DATES[$((n-1))]}" --title "$title" "$here/calls/call-$n.${EXTS[$((n-1))]}" >> "$out/ingest.log" 2>&1
  done
  c facts -e "$E" --json > "$out/facts.json" 2> "$out/facts.err"
  c facts -e "$E" --as-of "$AS_OF" --json > "$out/facts_asof.json" 2>> "$out/facts.err"
  c facts -e "$E" --as-of "$AS_OF" > "$out/facts.txt" 2>&1 || true
  c report status -e "$E" --as-of "$AS_OF" --format json > "$out/status.json" 2> "$out/status.err" || true
  c report status -e "$E" --as-of "$AS_OF" --format md > "$out/status.md" 2>&1 || true
  : > "$out/ask.txt"
  while IFS= read -r q; do
    [ -n "$q" ] || continue
    echo "### Q: $q" >> "$out/ask.txt"
    c ask -e "$E" --as-of "$AS_OF" "$q" --json >> "$out/ask.txt" 2>&1 || echo "(exit $?)" >> "$out/ask.txt"
    echo >> "$out/ask.txt"
  done <<< "$QUESTIONS"
  early="$out/ask_asof_${EARLY_AS_OF:5:2}${EARLY_AS_OF:8:2}.txt"
  : > "$early"
  for q in "${EARLY_QUESTIONS[@]}"; do
    echo "### Q (as of $EARLY_AS_OF): $q" >> "$early"
    c ask -e "$E" --as-of "$EARLY_AS_OF" "$q" --json >> "$early" 2>&1 || true
  done
  "$py" "$here/../score.py" "$out/facts.json" --gold "$here/gold.json" --asof-facts "$out/facts_asof.json" > "$out/score.txt"
  echo "done: $out"
}
run_audit "$@"
