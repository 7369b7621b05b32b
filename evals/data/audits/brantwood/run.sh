#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Brantwood Airport audit calls (plain text, `Name (MM:SS): text`), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 5 weekly Tuesday calls, .txt, as-of 2026-11-11, own questions. Hold-out audit.
set -euo pipefail
E="Brantwood Airport Workforce Rostering"
DATES=(2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10)
EXT=txt
TITLE="Weekly rostering status %s"
AS_OF=2026-11-11
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Pennant confirmed the payroll file layout?
who is sending Owen the pay codes now, and have they arrived?
what happened to shift swaps in the app?
has the union agreed the fatigue rules, and did anything change?
is the North staff entrance ready for the clock-in terminals?
what did Sunita commit to, and is it done?
has the letter to the security staff gone out?
how many of the calls has Helen attended?
is security go-live still the 30th of November?
what was decided about fingerprints for clocking in?
QS
)
EARLY_AS_OF=2026-10-28
EARLY_QUESTIONS=("has Halyard sent the badge card format yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
