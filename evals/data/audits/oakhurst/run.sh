#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Oakhurst audit calls (timestamped .txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 calls (call 3 on a Thursday), *.txt files, as-of 2026-12-02, own questions. Hold-out audit.
set -euo pipefail
E="Oakhurst University Student CRM"
DATES=(2026-11-03 2026-11-10 2026-11-19 2026-11-24 2026-12-01)
EXT=txt
AS_OF=2026-12-02
QUESTIONS=$(cat <<'QS'
who owns the consent model sign-off?
what is overdue?
what is blocked and on whom?
is the sandbox access done?
what was decided about the SMS chasers?
who is writing the training plan?
what did Marcus commit to?
what was decided about duplicates?
has Helen been attending the calls?
is the SMS bundle quote still happening?
QS
)
EARLY_AS_OF=2026-11-20
EARLY_QUESTIONS=("is the sandbox access done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
