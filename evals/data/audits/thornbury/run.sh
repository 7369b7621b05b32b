#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Kelder Valley audit calls (Zoom .vtt and Zoom .txt), fresh data dir under OUT_DIR
# Adapted from evals/data/audits/ashgrove/run.sh: engagement name, 5 Tuesday calls, as-of 2026-11-25, own questions.
# The calls mix two formats: EXTS gives one extension per call. Hold-out audit.
set -euo pipefail
E="Kelder Valley Field Service Pilot"
DATES=(2026-10-27 2026-11-03 2026-11-10 2026-11-17 2026-11-24)
EXTS=(vtt txt vtt txt vtt)
AS_OF=2026-11-25
QUESTIONS=$(cat <<'QS'
who owns the acceptance criteria sign-off?
what is overdue?
what is blocked and on whom?
is the firewall rule in?
what was decided about location tracking?
who is sending Tabsure the serial list?
what did Bernie commit to?
when is the Hexley go-live?
has Graham been attending the calls?
are the quick reference cards still happening?
QS
)
EARLY_AS_OF=2026-11-11
EARLY_QUESTIONS=("is the firewall rule in?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
