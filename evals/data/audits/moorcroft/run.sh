#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Moorcroft audit calls (Teams .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 Tuesday calls/dates, as-of 2026-11-04, own questions. Hold-out audit.
set -euo pipefail
E="Moorcroft Field Scheduling Rollout"
DATES=(2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03)
EXT=vtt
AS_OF=2026-11-04
QUESTIONS=$(cat <<'QS'
who owns the standby rules sign-off?
what is overdue?
what is blocked and on whom?
has the trial load of work orders been done?
what was decided about the pilot go-live date?
what did Bernie commit to?
has Douglas been attending the calls?
what was decided about personal phones?
is the SMS notification test still happening?
when is the crew training?
QS
)
EARLY_AS_OF=2026-10-21
EARLY_QUESTIONS=("has the trial load of work orders been done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
