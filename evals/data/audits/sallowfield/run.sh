#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Sallowfield audit calls (Teams .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 Tuesday calls, as-of 2026-12-02, own questions. Hold-out audit.
set -euo pipefail
E="Sallowfield Pathology LIMS"
DATES=(2026-11-03 2026-11-10 2026-11-17 2026-11-24 2026-12-01)
EXT=vtt
AS_OF=2026-12-02
QUESTIONS=$(cat <<'QS'
who owns the test code list?
what is overdue?
what is blocked and on whom?
is the test channel up?
what was decided about the go-live date?
what did Cormac commit to?
has Gillian signed the cytology change request?
what did Sandy commit to?
has Gillian been attending the calls?
what was decided about where labels are printed?
QS
)
EARLY_AS_OF=2026-11-25
EARLY_QUESTIONS=("is the test channel up?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
