#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Brightwater audit calls (Teams .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 fortnightly calls/dates, as-of 2026-11-13, own questions. Hold-out audit.
set -euo pipefail
E="Brightwater Energy Field Mobility"
DATES=(2026-09-17 2026-10-01 2026-10-15 2026-10-29 2026-11-12)
EXT=vtt
AS_OF=2026-11-13
TITLE="Fortnightly mobility check-in %s"
QUESTIONS=$(cat <<'QS'
when does the Kingsmere pilot start?
what is overdue?
what is blocked and on whom?
who is doing the QA transport?
has Gordon signed the safety case?
what was agreed with the union about GPS?
what did Fergal commit to?
has Colm been attending the calls?
is Colm's letter to the union branch still happening?
have the offline map tiles been delivered?
QS
)
EARLY_AS_OF=2026-10-16
EARLY_QUESTIONS=("has Anand got into the SAP sandbox?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
