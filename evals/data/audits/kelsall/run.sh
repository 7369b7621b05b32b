#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Kelsall Water audit calls (older-layout Teams .docx), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 6 fortnightly Thursday calls (call 4 moved to Friday 10-23), .docx, as-of 2026-11-20, own questions. Hold-out audit.
set -euo pipefail
E="Kelsall Water Field Service"
DATES=(2026-09-10 2026-09-24 2026-10-08 2026-10-23 2026-11-05 2026-11-19)
EXT=docx
TITLE="Fortnightly status %s"
AS_OF=2026-11-20
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
will location tracking be switched on for the pilot?
has Alistair signed the DPIA?
who is doing the training rota now, and is it done?
what happened to the live map connector to Cartwright's?
are all the Holme Road tablets ready for the pilot?
when does the Holme Road pilot start?
what did Neil commit to, and is it done?
has Richard signed off the go/no-go criteria?
how many of the calls has Richard attended?
what are we still waiting on from the union?
QS
)
EARLY_AS_OF=2026-10-09
EARLY_QUESTIONS=("has Stratus updated the Holme Road tablets yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
