#!/usr/bin/env bash
# Regenerate the demo status call from demo_call.script.tsv (speaker<TAB>text per turn).
# Needs espeak-ng and sox. Writes demo_call.flac (16 kHz mono 16-bit) and turns_truth.tsv
# (start<TAB>end<TAB>speaker in seconds; end is where the turn's audio ends, before the pause)
# next to this script. Deterministic for a given espeak-ng/sox version.
set -euo pipefail
cd "$(dirname "$0")"
command -v espeak-ng >/dev/null || { echo "espeak-ng is required (apt-get install espeak-ng)" >&2; exit 1; }
command -v sox >/dev/null || { echo "sox is required (apt-get install sox)" >&2; exit 1; }

# Three clearly different voices: US male, British female (high pitch), British RP male (low pitch, slower).
voice_of() {
  case "$1" in
    Mark)  echo "en-us+m3 45 160" ;;
    Priya) echo "en-gb+f3 70 165" ;;
    John)  echo "en-gb-x-rp+m2 30 155" ;;
    *) echo "unknown speaker '$1' in demo_call.script.tsv" >&2; exit 1 ;;
  esac
}
pauses=(0.6 0.5 0.8 0.7)   # silence after each turn, cycled, 0.5-0.8 s

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > turns_truth.tsv
t=0
i=0
files=()
while IFS=$'\t' read -r speaker text; do
  [ -z "$speaker" ] && continue
  read -r voice pitch speed <<<"$(voice_of "$speaker")"
  raw="$work/raw_$i.wav"; turn="$work/turn_$i.wav"
  espeak-ng -v "$voice" -p "$pitch" -s "$speed" -w "$raw" "$text"
  pause=${pauses[$((i % ${#pauses[@]}))]}
  # Trim espeak's own leading/trailing silence so the truth times are tight, then add the pause.
  sox "$raw" -r 16000 -c 1 -b 16 "$work/speech_$i.wav" silence 1 0.02 0.1% reverse silence 1 0.02 0.1% reverse
  speech=$(soxi -D "$work/speech_$i.wav")
  sox "$work/speech_$i.wav" "$turn" pad 0 "$pause"
  end=$(awk -v a="$t" -v b="$speech" 'BEGIN { printf "%.3f", a + b }')
  printf '%.3f\t%s\t%s\n' "$t" "$end" "$speaker" >> turns_truth.tsv
  t=$(awk -v a="$end" -v b="$pause" 'BEGIN { printf "%.3f", a + b }')
  files+=("$turn")
  i=$((i + 1))
done < demo_call.script.tsv

sox "${files[@]}" -r 16000 -c 1 -b 16 demo_call.flac
echo "demo_call.flac: $(soxi -D demo_call.flac) s, $i turns" >&2
