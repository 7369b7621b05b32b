#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Harwick Regional Airport Apron360 audit calls (Zoom .vtt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/carnforth/run.sh and lowmoor/run.sh: engagement name, 6 weekly Tuesday calls, .vtt, as-of 2026-11-11, own questions. Blind audit.
set -euo pipefail
E="Harwick Regional Airport Apron360"
DATES=(2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10)
EXT=vtt
TITLE="Apron360 weekly status %s"
AS_OF=2026-11-11
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Gareth signed off the security risk assessment, and what is he waiting for?
when does stand planning go live now, and when do the ramp tablets start?
who took over the airside Wi-Fi survey, and has AirLink's report come in?
is Vistaboard's test endpoint up, and does the end-to-end test work?
has the union agreed to the ramp tablets?
what happened to Tom's StandPro sync for the parallel run?
what has Declan committed to, and is it done?
how many of the calls has Declan attended?
is Skylark's movement data coming through yet?
what did we decide about the StandPro history?
QS
)
EARLY_AS_OF=2026-10-28
EARLY_QUESTIONS=("has Skylark sent the data-sharing agreement yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
