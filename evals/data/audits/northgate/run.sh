#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Northgate audit calls (.txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/harbourview/run.sh: engagement name, dates, *.txt call files, questions, as-of dates.
set -euo pipefail
E="Northgate Water MDM"
DATES=(2026-09-15 2026-09-22 2026-09-29 2026-10-06 2026-10-13)
EXT=txt
AS_OF=2026-10-14
QUESTIONS=$(cat <<'QS'
who owns the VPN?
what is overdue?
what is blocked and on whom?
is the trial load done?
what was decided about go-live?
is the register export done?
what did Declan commit to?
what was decided about estimated reads?
is the data sharing agreement done?
who owns the firmware list?
QS
)
EARLY_AS_OF=2026-09-30
EARLY_QUESTIONS=("is the data sharing agreement done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
