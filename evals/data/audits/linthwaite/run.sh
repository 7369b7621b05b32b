#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Linthwaite pharmacy audit calls (Teams WebVTT), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/greyhaven/run.sh: engagement name, 5 weekly calls (Wednesdays, call 4 moved to Thursday), Teams *.vtt files, as-of 2026-11-19, own questions. Hold-out audit.
set -euo pipefail
E="Linthwaite Pharmacy Stock and Cabinets"
DATES=(2026-10-21 2026-10-28 2026-11-04 2026-11-12 2026-11-18)
EXT=vtt
AS_OF=2026-11-19
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Alliston sent the test account for the ordering feed?
what did Kit commit to?
who is finishing the robot reconciliation now that Aidan is on leave?
when does Ward 7 get its cabinets?
can controlled drugs go in the ward cabinets?
is there a fix date for the split-pack problem on the robot?
has Philippa been attending the calls?
what was decided about ordering at go-live?
QS
)
EARLY_AS_OF=2026-11-05
EARLY_QUESTIONS=("what is overdue?" "has the product file from Apex arrived?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
