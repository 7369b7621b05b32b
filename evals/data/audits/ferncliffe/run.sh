#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Ferncliffe audit calls (Zoom captions as SubRip .srt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/thornbury/run.sh: engagement name, 6 Wednesday calls, .srt, as-of 2026-11-19, own questions. Hold-out audit.
set -euo pipefail
E="Ferncliffe Outdoor POS rollout"
DATES=(2026-10-14 2026-10-21 2026-10-28 2026-11-04 2026-11-11 2026-11-18)
EXT=srt
AS_OF=2026-11-19
QUESTIONS=$(cat <<'QS'
is the payment VLAN in at Keswick?
what is overdue?
what is blocked and on whom?
when is Keswick going live?
has Patrick sent his note to the store managers?
who is doing the missing barcodes?
what did Theo commit to?
what was decided about gift cards?
has Patrick been attending the calls?
has the card reconciliation test been done?
QS
)
EARLY_AS_OF=2026-11-05
EARLY_QUESTIONS=("is the payment VLAN in at Keswick?" "what is overdue?" "what is blocked and on whom?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
