#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Saltmarsh County Council admissions portal audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/harwick/run.sh: engagement name, 5 weekly Wednesday calls, .srt, as-of 2026-11-05, own questions. Blind audit.
set -euo pipefail
E="Saltmarsh County Council Enrolia admissions portal"
DATES=(2026-10-07 2026-10-14 2026-10-21 2026-10-28 2026-11-04)
EXT=srt
TITLE="Enrolia admissions portal weekly status %s"
AS_OF=2026-11-05
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
when do in-year transfers go live now, and why did the date move?
has Ambrose given the security sign-off, and what is he waiting for?
what is happening with the Orbitwell agreement, and who has it now?
has Dunnock's Placewise extract arrived, and has any real case been migrated?
who is doing the rules workbook, and is it finished?
what has Rupert committed to, and which of it is done?
how many of the calls has Rupert attended?
is Papyra able to send scans to us yet?
what did we decide about the schools' MIS link at launch?
what happens to Placewise after Dunnock's support ends on 31 December?
QS
)
EARLY_AS_OF=2026-10-22
EARLY_QUESTIONS=("who owns the security sign-off?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
