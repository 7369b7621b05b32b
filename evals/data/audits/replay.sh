#!/usr/bin/env bash
# Usage: replay.sh CODE_DIR OUT_DIR [AUDIT...]  -- runs each audit's run.sh (default: all) with CODE_DIR's Candor
# and prints the headline lines of every score.txt (OUT_DIR/NAME/score.txt has the per-item detail).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); CODE_DIR=$1; OUT=$2; shift 2
names=("$@"); [ ${#names[@]} -eq 0 ] && names=($(cd "$HERE" && ls -d */ | tr -d /))
for n in "${names[@]}"; do
  bash "$HERE/$n/run.sh" "$CODE_DIR" "$OUT/$n" > /dev/null
  echo "== $n"; grep -E "^(commitments found|owner correct|current due|done recorded|slips recorded|false closures|false slips|duplicates|blockers found|blocking party|cleared\/still|decisions found|reassigned|== Overdue|status|held for check \()" "$OUT/$n/score.txt" || true
done
