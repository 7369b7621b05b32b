#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Upperwood Museums audit calls (Teams WebVTT), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 5 weekly Thursday calls, .vtt, as-of 2026-10-02, own questions. Blind audit.
set -euo pipefail
E="Upperwood Museums Collections Migration"
DATES=(2026-09-03 2026-09-10 2026-09-17 2026-09-24 2026-10-01)
EXT=vtt
TITLE="Weekly status %s"
AS_OF=2026-10-02
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Ruth approved the purchase order for the API add-on?
can staff log into the test system with their normal accounts yet?
who checked the sample of two hundred records from trial one, and did it come back?
what happened to the cut-down form for the volunteers?
is the field mapping signed off?
when will Fellgate Mill be back online, and where are the Fellgate staff being trained?
are the duplicate accession numbers sorted?
what did Bethan commit to, and is it done?
how many of the calls has Ruth attended?
is go-live still the 2nd of November for all four sites?
QS
)
EARLY_AS_OF=2026-09-18
EARLY_QUESTIONS=("has Gordon written up his tables yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
