#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Hollinbrook audit calls (Teams .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 Thursday calls/dates, as-of 2026-11-06, own questions. Hold-out audit.
set -euo pipefail
E="Hollinbrook WMS Rollout"
DATES=(2026-10-08 2026-10-15 2026-10-22 2026-10-29 2026-11-05)
EXT=vtt
AS_OF=2026-11-06
QUESTIONS=$(cat <<'QS'
what has Libby committed to?
what is overdue?
what is blocked and on whom?
when is go-live?
what was decided about the cutover?
when is the replacement scanner due?
is the barcode verifier still happening?
what did Graham commit to?
has Graham been attending the calls?
is the Brightmarket EDI certified?
QS
)
EARLY_AS_OF=2026-10-23
EARLY_QUESTIONS=("have the scanners arrived?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
