#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Penhallow Hotels audit calls (Zoom WebVTT), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 5 weekly Tuesday calls (none on 2026-10-27, half-term), Zoom *.vtt files, as-of 2026-11-18, own questions. Hold-out audit.
set -euo pipefail
E="Penhallow Hotels PMS"
DATES=(2026-10-13 2026-10-20 2026-11-03 2026-11-10 2026-11-17)
EXT=vtt
TITLE="Weekly PMS status %s"
AS_OF=2026-11-18
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
is Fowey still going live on the 23rd, and what could stop it?
has RateWave done the room type mapping?
who sent the training dates email to the Fowey staff?
what happened to the gift vouchers?
has Kit signed the go/no-go checklist?
have the housekeeping phones arrived, and who approved them?
what did Dave commit to, and is it done?
how much guest history are we migrating?
when is the Openreach line going in at Fowey?
how many of the calls has Kit attended?
QS
)
EARLY_AS_OF=2026-11-04
EARLY_QUESTIONS=("has RateWave sent the test credentials yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
