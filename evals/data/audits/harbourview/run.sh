#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 audit calls, fresh data dir under OUT_DIR
set -euo pipefail
E="Harbourview Permits"
DATES=(2026-10-05 2026-10-12 2026-10-19 2026-10-26 2026-11-02)
EXT=vtt
AS_OF=2026-11-03
QUESTIONS=$(cat <<'QS'
who owns the firewall change?
what is overdue?
what is blocked and on whom?
is the trial load done?
what was decided about go-live?
is the permit extract done?
what did Marcus commit to?
QS
)
EARLY_AS_OF=2026-10-27
EARLY_QUESTIONS=("is the trial load done?" "what is overdue?")
source "$(dirname "$0")/../audit.sh"
run_audit "$@"
