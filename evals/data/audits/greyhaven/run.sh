#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Greyhaven Homes audit calls (Otter.ai .txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/thornbury/run.sh: engagement name, 5 Thursday calls, Otter-style *.txt files, as-of 2026-11-20, own questions. Hold-out audit.
set -euo pipefail
E="Greyhaven Homes Repairs Migration"
DATES=(2026-10-22 2026-10-29 2026-11-05 2026-11-12 2026-11-19)
EXT=txt
AS_OF=2026-11-20
QUESTIONS=$(cat <<'QS'
who is signing off the data mapping?
what is overdue?
what is blocked and on whom?
has the Brookmere extract arrived?
what was decided about the repairs history?
who is doing the UPRN matching?
what did Ally commit to?
when is the go-live?
has Clive been attending the calls?
is the letter to every household still happening?
QS
)
EARLY_AS_OF=2026-11-06
EARLY_QUESTIONS=("has the Brookmere extract arrived?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
