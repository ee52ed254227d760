#!/usr/bin/env bash
# Re-measures issue 15's table: for the bundled chronology and generated ones of the issue's
# sizes, --validate and --weights (time, peak memory), the window's start (whole process to the
# first frame painted with the chronology, ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME=2, and its peak
# memory), and the two streaming exports (dynamic GEXF, weights CSV; up to MAX_EXPORT_EVENTS).
# Prints a Markdown table. Generated files and outputs go under $OUT (default /tmp/alliancescope-
# scale), never into the repository.
#
#   cmake --build build -j2 --target alliancescope alliancescope-data generate_chronology
#   tests/bench/scale-table.sh                      # every size, exports up to 1,000 events
#   MAX_EXPORT_EVENTS=10000 tests/bench/scale-table.sh   # + the 10,000-event exports (minutes)
#   EXPORTS=0 tests/bench/scale-table.sh            # no exports
#   MAX_EVENTS=10000 tests/bench/scale-table.sh     # the sizes up to 10,000 events
#
# Peak memory is the maximum resident set size (/usr/bin/time %M, KiB) in MB of 10^6 bytes.
set -eu
cd "$(dirname "$0")/../.."

BUILD=${BUILD:-build}
OUT=${OUT:-/tmp/alliancescope-scale}
EXPORTS=${EXPORTS:-1}
MAX_EXPORT_EVENTS=${MAX_EXPORT_EVENTS:-1000}
MAX_EVENTS=${MAX_EVENTS:-100000} # larger sizes are skipped
GUI="$BUILD/app/alliancescope"
DATA="$BUILD/app/cli/alliancescope-data"
GEN="$BUILD/tests/generate_chronology"
for f in "$GUI" "$DATA" "$GEN"; do
  [ -x "$f" ] || { echo "scale-table: $f is missing; build it first (see the comment above)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "scale-table: /usr/bin/time is missing (Debian package time)" >&2; exit 1; }
mkdir -p "$OUT"

# "SECONDS KIB" of a command, its output discarded.
measure() {
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || {
    echo "scale-table: failed: $*" >&2; cat "$OUT/stderr.txt" >&2; exit 1; }
  cat "$OUT/time.txt"
}
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }'; }
fmt() { set -- $1; printf "%.2f s, %s MB" "$1" "$(mb "$2")"; }

# label|actors|dyads|events (0: the bundled chronology)
sizes="bundled|0|0|0
30 actors, 1,000 events|30|300|1000
100 actors, 10,000 events|100|1000|10000
300 actors, 50,000 events|300|3000|50000
500 actors / 5,000 dyads, 50,000 events|500|5000|50000
300 actors, 100,000 events|300|3000|100000
500 actors / 5,000 dyads, 100,000 events|500|5000|100000"

echo "| data | validate | \`--weights\` | window: start, first paint with the data and exit (whole process), peak memory | dynamic GEXF | weights CSV |"
echo "|---|---|---|---|---|---|"
echo "$sizes" | while IFS='|' read -r label actors dyads events; do
  [ "$events" -le "$MAX_EVENTS" ] || continue
  if [ "$events" -eq 0 ]; then
    file=resources/chronology.json
  else
    file="$OUT/g${actors}_${dyads}_${events}.json"
    [ -f "$file" ] || "$GEN" "$actors" "$dyads" "$events" "$file" >/dev/null
  fi
  validate=$(fmt "$(measure "$DATA" --validate "$file")")
  weights=$(fmt "$(measure "$DATA" --weights --date 2000-01-01 "$file")")
  window=$(fmt "$(ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME=2 QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
                  XDG_CONFIG_HOME="$OUT/config" measure "$GUI" "$file")")
  gexf="–"; csv="–"
  if [ "$EXPORTS" = 1 ] && [ "$events" -le "$MAX_EXPORT_EVENTS" ]; then
    gexf="$(fmt "$(measure "$DATA" --export-graph "$OUT/out.gexf" "$file")") ($(du -m "$OUT/out.gexf" | cut -f1) MiB written)"
    csv="$(fmt "$(measure "$DATA" --export-weights "$OUT/out.csv" "$file")") ($(du -m "$OUT/out.csv" | cut -f1) MiB written)"
    rm -f "$OUT/out.gexf" "$OUT/out.csv"
  fi
  echo "| $label | $validate | $weights | $window | $gexf | $csv |"
done
