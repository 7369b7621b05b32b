#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Calderbank Leisure Trust audit calls (Teams WebVTT), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 5 Thursday calls (none on 2026-11-05), Teams *.vtt files, as-of 2026-11-20, own questions. Hold-out audit.
set -euo pipefail
E="Calderbank Leisure Trust"
DATES=(2026-10-15 2026-10-22 2026-10-29 2026-11-12 2026-11-19)
EXT=vtt
TITLE="Weekly status %s"
AS_OF=2026-11-20
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has the bank authorised Dunmore yet?
will the December direct debit collection go through Dunmore?
who set up the staff logins, and is it done?
what happened to the gift vouchers?
when do the rest of the centres go live?
are the Riverside turnstiles checking cards against Strideway yet?
what has Rob still got outstanding?
has Helen signed the Portcullis quote?
how many of the calls has Helen attended?
what did Dev commit to, and is it done?
QS
)
EARLY_AS_OF=2026-10-30
EARLY_QUESTIONS=("has Harcourt's member export arrived?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
