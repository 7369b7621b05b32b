#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Halloway audit calls (Teams .docx), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 fortnightly calls/dates, *.docx calls, as-of 2026-11-12, own questions. Hold-out audit.
set -euo pipefail
E="Halloway Logistics cloud HR and payroll"
DATES=(2026-09-16 2026-09-30 2026-10-14 2026-10-28 2026-11-11)
EXT=docx
TITLE="Fortnightly status %s"
AS_OF=2026-11-12
QUESTIONS=$(cat <<'QS'
who is running the first parallel run?
what is overdue?
what is blocked and on whom?
has Graham signed the change request?
what was decided about the go-live date?
what was decided about how drivers log in?
what did Bernie commit to?
is the union happy with the shift pattern data?
has Graham been attending the calls?
is the SCIM connector still happening?
QS
)
EARLY_AS_OF=2026-10-15
EARLY_QUESTIONS=("is the employee extract done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
