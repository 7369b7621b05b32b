#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Scarisbrick Borough Council audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 6 weekly calls (Wednesdays; call 4 moved to Thursday 2026-11-05), .srt, as-of 2026-11-19, own questions. Hold-out audit.
set -euo pipefail
E="Scarisbrick In-Cab Rollout"
DATES=(2026-10-14 2026-10-21 2026-10-28 2026-11-05 2026-11-11 2026-11-18)
EXT=srt
TITLE="Weekly in-cab status %s"
AS_OF=2026-11-19
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Prentis delivered the CRM test environment?
how will missed-bin reports from the cab reach the contact centre at go-live?
who is checking the Moss Lane rounds in the back office now, and is it done?
has Helen sent the letter to the union?
has Adeel given the cyber sign-off for the tablets?
what happened to the contamination photos?
is the crew training done?
what did Phil commit to, and is it done?
how many of the calls has Helen attended?
is go-live still Monday the 30th at Moss Lane?
QS
)
EARLY_AS_OF=2026-10-29
EARLY_QUESTIONS=("has Trakmore given us an API key yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
