#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Ravensholt audit calls (Teams .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 Tuesday calls, as-of 2026-11-04, own questions. Hold-out audit.
set -euo pipefail
E="Ravensholt Contracts Platform"
DATES=(2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03)
EXT=vtt
AS_OF=2026-11-04
QUESTIONS=$(cat <<'QS'
who owns the approval limits?
what is overdue?
what is blocked and on whom?
is the contract register loaded?
what was decided about the go-live date?
what did Shiv commit to?
has Howard been attending the calls?
what was decided about data retention?
is the workflow demo still happening?
has the production SSO ticket been raised?
QS
)
EARLY_AS_OF=2026-10-21
EARLY_QUESTIONS=("is the contract register loaded?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
