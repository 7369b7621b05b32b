#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Carnforth District Council parking-services audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/dunmore/run.sh: engagement name, 6 weekly Thursday calls, .srt, as-of 2026-11-06, own questions. Blind audit.
set -euo pipefail
E="Carnforth District Council Parking Services"
DATES=(2026-10-01 2026-10-08 2026-10-15 2026-10-22 2026-10-29 2026-11-05)
EXT=srt
TITLE="Weekly parking services status %s"
AS_OF=2026-11-06
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has the DPIA been signed off, and who is chasing it?
who sent DVLA the change-of-supplier notice in the end, and is the keeper lookup switched on?
can a card payment be taken on the permit portal yet?
who owns ordering the handhelds, and when do they arrive?
has the union agreed to the handheld pilot?
what happened to the emissions-based permit prices?
when does the permit portal go live now, and when do the officers move to the new handhelds?
what has Graham committed to, and is it done?
how many of the calls has Graham attended?
what did Lee promise Bethan, and has he delivered?
QS
)
EARLY_AS_OF=2026-10-16
EARLY_QUESTIONS=("has PayBridge given Owen test keys yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
