#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Wetherby Playhouse Trust Stagedoor audit calls (Otter.ai plain-text exports, "Name  m:ss" then the text), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/harwick/run.sh: engagement name, 6 weekly Thursday calls, .txt, as-of 2026-11-13, own questions. Blind audit.
set -euo pipefail
E="Wetherby Playhouse Trust Stagedoor"
DATES=(2026-10-08 2026-10-15 2026-10-22 2026-10-29 2026-11-05 2026-11-12)
EXT=txt
TITLE="Stagedoor weekly status %s"
AS_OF=2026-11-13
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
when is go-live now, and why did it move?
do card payments work at all four venues yet, and what is Calder waiting for?
has the DPIA for the access register been signed, and who owns it?
has Judith signed the Tillway form, and is the live merchant ID through?
who is booking the box office training now, and are the dates set?
what did the union agree about the rota, and when does the shifts module go in?
what happened to the Maltings seat maps?
what have we decided about the booking fee and the website booking pages?
where is Ravi's second trial load?
how many of the calls has Judith attended?
QS
)
EARLY_AS_OF=2026-10-30
EARLY_QUESTIONS=("has Ovation released the data export, and is the first trial load in?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
