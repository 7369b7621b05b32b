#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Lowmoor Buses audit calls (Zoom .vtt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tidemoor/run.sh: engagement name, 6 weekly Tuesday calls, .vtt, as-of 2026-11-11, own questions. Blind audit.
set -euo pipefail
E="Lowmoor Buses Fleet Maintenance"
DATES=(2026-10-06 2026-10-13 2026-10-20 2026-10-27 2026-11-03 2026-11-10)
EXT=vtt
TITLE="Weekly status %s"
AS_OF=2026-11-11
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Graham signed the purchase order for the Crossgate Wi-Fi?
who is signing off the data migration, and has it been signed?
is Crossgate still going live on the 9th of November?
who pulled the Crossgate driver list for Saoirse, and did she get it?
what happened to copying the yellow defect card into the app?
are all forty Crossgate tablets in Intune with the driver app on them?
has the union agreed to the drivers doing defect checks on the tablets?
what did Alan commit to, and what is still open?
how many of the calls has Graham attended?
what did we decide about the stock figures for Crossgate?
QS
)
EARLY_AS_OF=2026-10-28
EARLY_QUESTIONS=("who is signing off the data migration?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
