#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Marlowe audit calls (Teams .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 calls/dates, as-of 2026-11-27, own questions. Hold-out audit.
set -euo pipefail
E="Marlowe University HR Payroll"
DATES=(2026-10-29 2026-11-05 2026-11-12 2026-11-19 2026-11-26)
EXT=vtt
AS_OF=2026-11-27
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has the pension interface spec arrived?
who is doing the absence rules?
what did Liz commit to?
what was decided about the parallel runs?
what does the registrar owe us?
has Rosalind been attending the calls?
is the historic absence migration still happening?
when is the SSO going live and is it working?
QS
)
EARLY_AS_OF=2026-11-13
EARLY_QUESTIONS=("what is overdue?" "what is blocked and on whom?" "has the pension interface spec arrived?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
