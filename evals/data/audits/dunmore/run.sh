#!/usr/bin/env bash
# Usage: run.sh CODE_DIR OUT_DIR   -- runs Candor from CODE_DIR on the 6 Dunmore Housing Association audit calls (SubRip .srt), fresh data dir under OUT_DIR
# Modelled on evals/data/audits/tollcross/run.sh: engagement name, 6 weekly Wednesday calls, .srt, as-of 2026-11-12, own questions. Blind audit.
set -euo pipefail
E="Dunmore Housing Association Repairs System"
DATES=(2026-10-07 2026-10-14 2026-10-21 2026-10-28 2026-11-04 2026-11-11)
EXT=srt
TITLE="Weekly repairs status %s"
AS_OF=2026-11-12
QUESTIONS=$(cat <<'QS'
what is overdue?
what is blocked and on whom?
has Alison signed the data-sharing agreement for the contractors?
is the app on the operatives' phones yet?
who is sending Fiona the schedule of rates codes for the job types now, and did they arrive?
what happened to the satisfaction text after each job?
has the union agreed the tracking policy, and how will the pilot run in the meantime?
can a job go all the way round from Arkwell to an operative and back yet?
what did Kerry commit to, and is it done?
how many of the calls has Alison attended?
is go-live still the 30th of November?
QS
)
EARLY_AS_OF=2026-10-22
EARLY_QUESTIONS=("has Arkwell given Tom a test environment yet?" "what is overdue?" "what is blocked and on whom?")

source "$(dirname "$0")/../audit.sh"
run_audit "$@"
