#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Larchmont audit calls (Zoom-style .srt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/kestrel/run.sh: engagement name, 5 Tuesday calls, *.srt call files, as-of 2026-11-04, own questions.
set -euo pipefail
E="Larchmont WMS Rollout"
DATES=(2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03)
EXT=srt
AS_OF=2026-11-04
QUESTIONS=$(cat <<'QS'
who owns the item master extract?
what is overdue?
what is blocked and on whom?
are the firewall ports open?
what was decided about the Kettering go-live date?
is the overtime approval done?
what did Gareth commit to?
what was decided about the MDM?
has Karen been attending the calls?
is the UAT script sign-off done?
QS
)
EARLY_AS_OF=2026-10-21
EARLY_QUESTIONS=("are the handhelds delivered?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
