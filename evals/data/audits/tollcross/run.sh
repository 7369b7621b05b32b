#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Tollcross College audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/pellbridge/run.sh: engagement name, 6 fortnightly Tuesday calls, .srt, as-of 2026-11-18, own questions. Hold-out audit.
set -euo pipefail
E="Tollcross College Student Records"
DATES=(2026-09-08 2026-09-22 2026-10-06 2026-10-20 2026-11-03 2026-11-17)
EXT=srt
TITLE="Fortnightly status %s"
AS_OF=2026-11-18
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Graham signed the cutover plan?
is the DPIA signed off?
who is sending Tariq the funding return field list now, and did it arrive?
what happened to the absence texts to parents?
when will Dalkeith be able to print ID cards?
how are the December SQA entries being done?
what did Shona commit to, and is it done?
how many of the calls has Graham attended?
is go-live still the 30th of November?
QS
)
EARLY_AS_OF=2026-10-07
EARLY_QUESTIONS=("has Slotwise switched the API module on yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
