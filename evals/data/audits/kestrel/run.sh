#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Kestrel audit calls, fresh data dir under OUT_DIR
# Adapted from evals/data/audits/harbourview/run.sh: engagement name, 6 calls/dates, as-of 2026-12-01, own questions.
set -euo pipefail
E="Kestrel LMS Migration"
DATES=(2026-11-02 2026-11-05 2026-11-09 2026-11-16 2026-11-23 2026-11-30)
EXT=vtt
AS_OF=2026-12-01
QUESTIONS=$(cat <<'QS'
who owns the gradebook sync?
what is overdue?
what is blocked and on whom?
is the pilot migration done?
what was decided about the full migration wave?
is the DPIA done?
what did Helen commit to?
what was decided about data hosting?
has Alan been attending the calls?
QS
)
EARLY_AS_OF=2026-11-17
EARLY_QUESTIONS=("is the pilot migration done?" "what is overdue?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
