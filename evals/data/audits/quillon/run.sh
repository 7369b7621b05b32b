#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Quillon audit calls (Teams .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 6 calls/dates, as-of 2026-11-11, own questions. Hold-out audit.
set -euo pipefail
E="Quillon Health e-Rostering"
DATES=(2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10)
EXT=vtt
AS_OF=2026-11-11
QUESTIONS=$(cat <<'QS'
who signed off the rostering policy?
what is overdue?
what is blocked and on whom?
is the HR extract done?
what was decided about the go-live date?
who is doing the booked leave list for Ward 7?
what did Marek commit to?
what was decided about the staff app?
has Maureen been attending the calls?
what was decided about unpaid breaks?
QS
)
EARLY_AS_OF=2026-10-28
EARLY_QUESTIONS=("is the HR extract done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
