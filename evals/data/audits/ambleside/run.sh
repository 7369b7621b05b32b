#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Ambleside & Kerr Casewise audit calls (Teams .docx), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/harwick/run.sh: engagement name, 5 weekly Monday calls, .docx, as-of 2026-11-03, own questions. Blind audit.
set -euo pipefail
E="Ambleside & Kerr Casewise"
DATES=(2026-10-05 2026-10-12 2026-10-19 2026-10-26 2026-11-02)
EXT=docx
TITLE="Casewise weekly status %s"
AS_OF=2026-11-03
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
when do we go live now, and is it still all four offices at once?
has the data protection impact assessment been done, and who owns it?
is single sign-on working yet, and what is it waiting for?
has Malcolm sent his email to the partners?
who is booking the training rooms, and for which week?
what happened to the client portal?
is the Ledgerline import switched on, and are postings going into the test ledger?
when will the Lancaster office have its line?
how many templates are being converted for go-live?
how many of the calls has Malcolm attended?
QS
)
EARLY_AS_OF=2026-10-27
EARLY_QUESTIONS=("has Malcolm sent his email to the partners?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
