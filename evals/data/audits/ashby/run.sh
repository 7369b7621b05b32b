#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Ashby & Vale NHS Trust pharmacy audit calls (Teams .docx), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/quenby/run.sh: engagement name, 5 weekly Monday calls, .docx, as-of 2026-11-03, own questions. Blind audit.
set -euo pipefail
E="Ashby & Vale Pharmacy Stock System"
DATES=(2026-10-05 2026-10-12 2026-10-19 2026-10-26 2026-11-02)
EXT=docx
TITLE="Weekly pharmacy stock status %s"
AS_OF=2026-11-03
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
who is taking the electronic CD register to Ian Pearce for sign-off?
when do Ward 7 and AMU go live now?
who flagged the dead lines in the catalogue, and is it done?
are the scanners enrolled and on the wards yet?
will the Wi-Fi access points be in the treatment rooms before go-live?
has CAB approved the Calyx interface change?
can we order from Castleway electronically yet?
what happened to adding theatres to the pilot?
what did Helen commit to, and is it done?
how many of the calls has Helen attended?
QS
)
EARLY_AS_OF=2026-10-20
EARLY_QUESTIONS=("has the Calyx change been through CAB yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
