#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Quarrington Foods audit calls (plain text, [hh:mm:ss] Name: text), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/greyhaven/run.sh: engagement name, 6 Thursday calls, bracketed-timestamp *.txt files, as-of 2026-10-30, own questions. Hold-out audit.
set -euo pipefail
E="Quarrington Foods Warehouse Management"
DATES=(2026-09-24 2026-10-01 2026-10-08 2026-10-15 2026-10-22 2026-10-29)
EXT=txt
AS_OF=2026-10-30
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
are we still going live on the 9th of November?
what happens with the Bramleys ASNs at go-live?
who is training the day shift now that Shane is off?
what did Ant commit to?
have the agency names come through from Aire Valley?
what was decided about the Coldwatch temperatures?
has Philip been attending the calls?
has Philip spoken to the Bramleys buyer yet?
QS
)
EARLY_AS_OF=2026-10-23
EARLY_QUESTIONS=("what is overdue?" "is the Wi-Fi in the chiller sorted?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
