#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Kirkstall College student-records migration audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/carnforth/run.sh: engagement name, 5 weekly Wednesday calls, .srt, as-of 2026-11-05, own questions. Blind audit.
set -euo pipefail
E="Kirkstall College Student Records Migration"
DATES=(2026-10-07 2026-10-14 2026-10-21 2026-10-28 2026-11-04)
EXT=srt
TITLE="Weekly Campusly migration status %s"
AS_OF=2026-11-05
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has the DPIA been signed, and who wrote it?
who owns the exam board feeds now, and can Campusly send entries to Albion yet?
when does Campusly go live now, and when does Registra go read-only?
is single sign-on working yet, for staff and for students?
what has Gillian committed to, and is it done?
how many of the calls has Gillian attended, and who came in her place?
who took over the field mapping from Meena, and is it signed off?
has the Learner Records Service approved Campusly?
what happened to the student login journey Callum was building?
what did Darren promise Callum, and has he delivered?
QS
)
EARLY_AS_OF=2026-10-22
EARLY_QUESTIONS=("has Northgrid sent the single sign-on quote yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
