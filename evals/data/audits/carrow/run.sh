#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Carrow audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 6 Tuesday calls, .srt, as-of 2026-11-11, own questions. Hold-out audit.
set -euo pipefail
E="Carrow Dental Group practice-management rollout"
DATES=(2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10)
EXT=srt
AS_OF=2026-11-11
QUESTIONS=$(cat <<'QS'
has the merchant agreement been signed?
what is overdue?
what is blocked and on whom?
who is doing the performer numbers?
what was decided about the go-live date?
is the guest Wi-Fi still happening?
what did Rhys commit to?
has Malcolm been attending the calls?
are the access points installed at Millbrook?
what was decided about receptionist training?
QS
)
EARLY_AS_OF=2026-10-21
EARLY_QUESTIONS=("are the performer numbers done?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
