#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Wrenfield audit calls (Otter.ai .txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 Thursday calls, Otter-style *.txt files, as-of 2026-11-20, own questions. Hold-out audit.
set -euo pipefail
E="Wrenfield Council Planning Portal"
DATES=(2026-10-22 2026-10-29 2026-11-05 2026-11-12 2026-11-19)
EXT=txt
AS_OF=2026-11-20
QUESTIONS=$(cat <<'QS'
who owns the validation checklist sign-off?
what is overdue?
what is blocked and on whom?
is the retention schedule done?
what was decided about the go-live date?
who is writing the UAT scripts?
what did Dominic commit to?
what was decided about the migration scope?
has Margaret been attending the calls?
is the pre-app payment form still happening?
QS
)
EARLY_AS_OF=2026-11-06
EARLY_QUESTIONS=("is the retention schedule done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
