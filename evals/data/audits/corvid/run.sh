#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Corvid audit calls (Teams WebVTT), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 5 Thursday calls, as-of 2026-11-06, own questions.
set -euo pipefail
E="Corvid Contact Centre Migration"
DATES=(2026-10-08 2026-10-15 2026-10-22 2026-10-29 2026-11-05)
EXT=vtt
AS_OF=2026-11-06
QUESTIONS=$(cat <<'QS'
who owns the agent user import?
what is overdue?
what is blocked and on whom?
is the screen pop done?
what was decided about call recording retention?
has Fiona signed off the retention?
what did Sam Okafor commit to?
what did Sam Lee commit to?
what was decided about the pilot?
has Gareth been attending the calls?
QS
)
EARLY_AS_OF=2026-10-23
EARLY_QUESTIONS=("is the letter of authority signed?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
