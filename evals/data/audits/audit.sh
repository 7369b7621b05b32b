# Shared by every audit's run.sh: ingest the audit's calls with CODE_DIR's Candor into a fresh data dir under
# OUT_DIR, write its facts, status report and Ask answers there, and score the facts against gold.json.
# The caller sets E (engagement), DATES=(one per call), EXT (calls/call-N.EXT) or EXTS=(one per call, for calls in
# several formats), AS_OF, QUESTIONS (one per line);
# optionally TITLES=(one per call) or TITLE (printf pattern for the call number; default "Weekly status %s"),
# and EARLY_AS_OF with EARLY_QUESTIONS=(...) asked as of that earlier day (ask_asof_MMDD.txt).
run_audit() {
  local here code out n title q early
  here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
  code=$(cd "$1" && pwd); out=$(mkdir -p "$2" && cd "$2" && pwd)
  rm -rf "$out/data"
  local py=${PY:-$code/.venv/bin/python}
  c() { (cd "$code" && CANDOR_DATA_DIR="$out/data" PYTHONPATH=. "$py" -m assistant.cli "$@"); }
  c engagement create "$E" > "$out/create.log" 2>&1
  : > "$out/ingest.log"
  for n in $(seq 1 "${#DATES[@]}"); do
    echo "== call $n" >> "$out/ingest.log"
    if [ -n "${TITLES+x}" ]; then title=${TITLES[$((n-1))]}; else printf -v title "${TITLE:-Weekly status %s}" "$n"; fi
    c ingest -e "$E" --date "${DATES[$((n-1))]}" --title "$title" "$here/calls/call-$n.${EXTS[$((n-1))]:-$EXT}" >> "$out/ingest.log" 2>&1
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
  if [ -n "${EARLY_AS_OF:-}" ]; then
    early="$out/ask_asof_${EARLY_AS_OF:5:2}${EARLY_AS_OF:8:2}.txt"
    : > "$early"
    for q in "${EARLY_QUESTIONS[@]}"; do
      echo "### Q (as of $EARLY_AS_OF): $q" >> "$early"
      c ask -e "$E" --as-of "$EARLY_AS_OF" "$q" --json >> "$early" 2>&1 || true
    done
  fi
  "$py" "$here/../score.py" "$out/facts.json" --gold "$here/gold.json" --asof-facts "$out/facts_asof.json" > "$out/score.txt"
  echo "done: $out"
}
