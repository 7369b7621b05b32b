#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Pemberton audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 fortnightly calls/dates, .srt, as-of 2026-11-04, own questions. Hold-out audit.
set -euo pipefail
E="Pemberton Freight Telematics"
DATES=(2026-09-08 2026-09-22 2026-10-06 2026-10-20 2026-11-03)
EXT=srt
TITLE="Fortnightly status %s"
AS_OF=2026-11-04
QUESTIONS=$(cat <<'QS'
who is pushing the driver app to the phones?
what is overdue?
what is blocked and on whom?
is the VIN list done?
what was decided about wave two?
who is running the driver training?
what did Declan commit to?
what was decided about driver scoring?
has Declan been attending the calls?
is the toolbox talk still happening?
QS
)
EARLY_AS_OF=2026-10-07
EARLY_QUESTIONS=("is the VIN list done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
