#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 5 Pellbridge Homes audit calls (Zoom WebVTT), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/greyhaven/run.sh: engagement name, 5 Monday calls (none on 2026-11-09), Zoom *.vtt files, as-of 2026-11-24, own questions. Hold-out audit.
set -euo pipefail
E="Pellbridge Homes Repairs Platform"
DATES=(2026-10-19 2026-10-26 2026-11-02 2026-11-16 2026-11-23)
EXT=vtt
AS_OF=2026-11-24
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Ledgerline's sandbox arrived?
what's happening with Hartree?
who is doing the operatives' training rota now?
what did Seun commit to, and is it done?
has Rosalind signed off the go/no-go criteria?
what was decided about the key-safe codes?
which appointment slots will the contact centre offer?
how often has Rosalind been on the calls?
QS
)
EARLY_AS_OF=2026-11-03
EARLY_QUESTIONS=("has Ledgerline's sandbox arrived?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
