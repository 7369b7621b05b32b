#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Vennick Brewery Deliveries audit calls (plain text, [hh:mm:ss] Name: text), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 6 weekly Monday calls, bracketed-timestamp *.txt files, as-of 2026-10-13, own questions. Blind audit.
set -euo pipefail
E="Vennick Brewery Deliveries"
DATES=(2026-09-07 2026-09-14 2026-09-21 2026-09-28 2026-10-05 2026-10-12)
EXT=txt
TITLE="Weekly status %s"
AS_OF=2026-10-13
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Giles signed off the overtime for the drivers' Saturday training?
is the Kingsmere pilot still starting on the 19th of October?
who is doing the product list now, and did Luca get it?
what happened to the web ordering portal and the letter to the pubs?
has the end-to-end invoice test with Martin been done?
when is Openreach putting the line in at Kingsmere, and what are we doing until then?
are the tablets in the drays yet?
what did Kirsty commit to, and what is still open?
how many of the calls has Giles attended?
what did we decide about paper delivery notes?
QS
)
EARLY_AS_OF=2026-09-22
EARLY_QUESTIONS=("is the orders module switched on in the Ledgerline test company yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
