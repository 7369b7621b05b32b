#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Stenhouse University Library audit calls (plain text, hh:mm:ss Name: text), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/vennick/run.sh: engagement name, 5 weekly Thursday calls, unbracketed-timestamp *.txt files, as-of 2026-11-06, own questions. Blind audit.
set -euo pipefail
E="Stenhouse University Library Services Platform"
DATES=(2026-10-08 2026-10-15 2026-10-22 2026-10-29 2026-11-05)
EXT=txt
TITLE="Weekly library platform status %s"
AS_OF=2026-11-06
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
who owns the single sign-on change, and has it been through the CAB?
is the firewall rule for the kiosks in yet?
who signs off the data migration?
what happened to Owain's fines tariff table?
when do the kiosks go live, and why not with everything else?
has Helen told Professor Lockhart about going fine-free?
what did Bushra commit to, and is it done?
who is raising the firewall request now, and did it go in?
how many of the calls has Helen attended?
is go-live still the 4th of January?
when is finance sending the Castlegate interface spec?
QS
)
EARLY_AS_OF=2026-10-23
EARLY_QUESTIONS=("has Marrick switched on the bulk export, and has Tomasz got the extract?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
