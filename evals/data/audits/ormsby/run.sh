#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Ormsby Veterinary Group audit calls (Otter-style .txt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/pellbridge/run.sh: engagement name, 5 Wednesday calls (none on 2026-10-28), Otter *.txt files, as-of 2026-11-12, own questions. Hold-out audit.
set -euo pipefail
E="Ormsby Veterinary Group Practice Systems"
DATES=(2026-10-07 2026-10-14 2026-10-21 2026-11-04 2026-11-11)
EXT=txt
AS_OF=2026-11-12
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
is Penhallow still going live on the 30th of November?
who is doing the go-live training rota now?
has Helen signed off the go/no-go checklist?
what did Owen commit to, and what is still outstanding?
when will the controlled drugs register be available, and what happens until then?
have the card terminals arrived?
what was decided about the pet health plans?
how often has Helen been on the calls?
QS
)
EARLY_AS_OF=2026-10-22
EARLY_QUESTIONS=("what is overdue?" "are Larkspur's test lab results coming through yet?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
