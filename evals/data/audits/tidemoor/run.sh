#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Tidemoor audit calls (Zoom .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 6 Monday calls, as-of 2026-11-10, own questions. Hold-out audit.
set -euo pipefail
E="Tidemoor Foods WMS rollout"
DATES=(2026-10-05 2026-10-12 2026-10-19 2026-10-26 2026-11-02 2026-11-09)
EXT=vtt
AS_OF=2026-11-10
QUESTIONS=$(cat <<'QS'
who is doing the location labels?
what is overdue?
what is blocked and on whom?
is the order feed done?
what was decided about the cut-over date?
has the overtime been approved?
what did Ravi commit to?
has Hamish been attending the calls?
what was decided about training?
is the voice picking demo still happening?
QS
)
EARLY_AS_OF=2026-10-27
EARLY_QUESTIONS=("is the order feed done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
