#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Brackenridge audit calls (.txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 6 Wednesday calls (11-11 cancelled), *.txt files, as-of 2026-12-03, own questions.
set -euo pipefail
E="Brackenridge Claims Data Migration"
DATES=(2026-10-21 2026-10-28 2026-11-04 2026-11-18 2026-11-25 2026-12-02)
EXT=txt
AS_OF=2026-12-03
QUESTIONS=$(cat <<'QS'
who owns the status code table?
what is overdue?
what is blocked and on whom?
is the sample extract done?
has the work order been signed?
what was decided about attachments?
what was decided about the reset meeting?
what did Gareth commit to?
has Colin been attending the calls?
when is the full extract due?
QS
)
EARLY_AS_OF=2026-11-19
EARLY_QUESTIONS=("is the sample extract done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
