#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 St Aldric's audit calls (.txt, timestamped), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 6 Tuesday calls, *.txt files, as-of 2026-10-21, own questions. Hold-out audit.
set -euo pipefail
E="St Aldric's Schools Trust MIS migration"
DATES=(2026-09-15 2026-09-22 2026-09-29 2026-10-06 2026-10-13 2026-10-20)
EXT=txt
AS_OF=2026-10-21
QUESTIONS=$(cat <<'QS'
who is drafting the parent letter?
what is overdue?
what is blocked and on whom?
has the DPIA been signed off?
what was decided about Castlegate's go-live?
is the trial load done?
what did Owen commit to?
has Malcolm been attending the calls?
what was decided about the finance integration?
is the census return still needed?
QS
)
EARLY_AS_OF=2026-10-07
EARLY_QUESTIONS=("is the trial load done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
