#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Fellbrook Homes Taskwise repairs-scheduling audit calls (Microsoft Teams .vtt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/harwick/run.sh: engagement name, 6 weekly Tuesday calls, .vtt, as-of 2026-11-11, own questions. Blind audit.
set -euo pipefail
E="Fellbrook Homes Taskwise Repairs Scheduling"
DATES=(2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10)
EXT=vtt
TITLE="Taskwise repairs scheduling weekly status %s"
AS_OF=2026-11-11
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
when does the pilot go live now, and when do the electricians and joiners follow?
has the DPIA been signed off, who wrote it, and what is Crispin waiting for?
can the plumbers use the new phones yet, and what is holding them up?
has the union agreed to the app, and will the lads log in?
where is the Haldane contract variation, and do we have a van-stock link?
who took over the DPIA from Mags?
what happened to the text reminders Dami was building?
what has Alastair committed to, and is it done?
how many of the calls has Alastair attended?
what did we decide about out-of-hours repairs and Nightjar?
QS
)
EARLY_AS_OF=2026-10-28
EARLY_QUESTIONS=("has Gwen approved the money for the new phones yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
