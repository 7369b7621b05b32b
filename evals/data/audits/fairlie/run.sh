#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Fairlie & Rusk audit calls (Microsoft Teams .docx), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 6 weekly Wednesday calls (none on 2026-10-28, half-term), Teams *.docx, as-of 2026-11-05, own questions. Hold-out audit.
set -euo pipefail
E="Fairlie & Rusk Document Management"
DATES=(2026-09-23 2026-09-30 2026-10-07 2026-10-14 2026-10-21 2026-11-04)
EXT=docx
TITLE="Weekly status %s"
AS_OF=2026-11-05
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Tallis delivered the API sandbox?
is the retention policy signed off, and what is holding it up?
who is doing the secretaries' quick reference card now, and is it done?
are the Newcastle laptops ready for the Outlook filing add-in?
what did Duncan commit to, and has he done it?
what was decided about the fee-earners' personal folders?
how will new matters get into Casewell for the pilot without the billing link?
how many of the calls has Duncan attended?
is the pilot still going live on the 23rd of November?
what is left to do before the pilot?
QS
)
EARLY_AS_OF=2026-10-08
EARLY_QUESTIONS=("has Tallis delivered the sandbox yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
