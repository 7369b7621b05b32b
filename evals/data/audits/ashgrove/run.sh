#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Ashgrove audit calls (Zoom .vtt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 5 calls/dates, as-of 2026-10-13, own questions. Hold-out audit.
set -euo pipefail
E="Ashgrove Procurement Rollout"
DATES=(2026-09-14 2026-09-21 2026-09-28 2026-10-05 2026-10-12)
EXT=vtt
AS_OF=2026-10-13
QUESTIONS=$(cat <<'QS'
who owns the approval thresholds sign-off?
what is overdue?
what is blocked and on whom?
is the cost-centre extract done?
what was decided about the go-live date?
who is writing the UAT scripts?
what did Gareth commit to?
what was decided about supplier logins?
has Fiona been attending the calls?
is the punch-out test still happening?
QS
)
EARLY_AS_OF=2026-09-29
EARLY_QUESTIONS=("is the cost-centre extract done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
