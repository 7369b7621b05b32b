#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Quenby Foods audit calls (older-layout Teams .docx), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/kelsall/run.sh: engagement name, 5 weekly Wednesday calls, .docx, as-of 2026-11-05, own questions. Blind audit.
set -euo pipefail
E="Quenby Foods Quality and Traceability Rollout"
DATES=(2026-10-07 2026-10-14 2026-10-21 2026-10-28 2026-11-04)
EXT=docx
TITLE="Weekly status %s"
AS_OF=2026-11-05
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Graham signed the capex for the Ashby Road tablets?
who is writing the SOP for the electronic checks now, and when is it due?
when does Kettleby go live, and when does Ashby Road?
is the product data from Orbis coming through from Cresswell yet?
can the scanners read the date codes on the Kestrel printers now?
what happened to the board dashboard for Graham?
have Halcombe's agreed to accept electronic records for the audit?
what did Megan commit to, and is it done?
how are the night shift going to log their checks on the tablets?
how many of the calls has Graham attended?
QS
)
EARLY_AS_OF=2026-10-22
EARLY_QUESTIONS=("has Cresswell sent the test file of product data yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
