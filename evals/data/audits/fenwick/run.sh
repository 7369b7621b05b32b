#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Fenwick audit calls (Teams .docx), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 6 calls/dates (call 3 is an extra Friday call),
# *.docx call files, as-of 2026-11-05, own questions.
set -euo pipefail
E="Fenwick Payroll Cutover"
DATES=(2026-10-07 2026-10-14 2026-10-16 2026-10-21 2026-10-28 2026-11-04)
EXT=docx
TITLES=("Weekly status 1" "Weekly status 2" "Extra call before Kieran's leave" "Weekly status 3" "Weekly status 4" "Weekly status 5")
AS_OF=2026-11-05
QUESTIONS=$(cat <<'QS'
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
)
EARLY_AS_OF=2026-10-22
EARLY_QUESTIONS=("is the extract done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
