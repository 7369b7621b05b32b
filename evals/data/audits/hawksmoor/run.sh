#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Hawksmoor Buses audit calls (Microsoft Teams .docx), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/greyhaven/run.sh: engagement name, 6 Tuesday calls, Teams .docx transcripts, as-of 2026-11-18, own questions. Hold-out audit.
set -euo pipefail
E="Hawksmoor Buses Scheduling Migration"
DATES=(2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10 2026-11-17)
EXT=docx
AS_OF=2026-11-18
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has the Ledgerline import spec arrived?
what did the union committee decide about the duty rules?
who is doing the parallel run reconciliation plan now?
what did Barty commit to?
when is Eastgate going live?
has Malcolm been attending the calls?
is the live ticket machine API still happening?
are the kiosks in at Eastgate yet?
QS
)
EARLY_AS_OF=2026-11-04
EARLY_QUESTIONS=("has Malcolm signed the kiosk PO?" "what is blocked and on whom?" "what is overdue?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
