#!/usr/bin/env bash
# Fault injection for every writer of the command line (docs/RELIABILITY.md): each output is
# first written once, then written again into a file system with only a few KiB left. The second
# write must fail with a non-zero exit and "No space left on device", and leave the first file
# (or frames folder) exactly as it was. The small file system is a tmpfs mounted in a private
# mount namespace (unshare -rm), so the test needs no root and touches nothing outside.
#
#   tests/diskfull.sh ALLIANCESCOPE_EXECUTABLE
set -uo pipefail
exe=${1:?usage: diskfull.sh ALLIANCESCOPE_EXECUTABLE}
if [ "${DISKFULL_INSIDE:-}" != 1 ]; then
  if ! unshare -rm true 2>/dev/null; then
    echo "diskfull: cannot create a mount namespace (unshare -rm); this test needs it" >&2
    exit 1
  fi
  exec env DISKFULL_INSIDE=1 unshare -rm "$0" "$@"
fi

export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
ref=$(mktemp -d)
trap 'umount "$work" 2>/dev/null; rm -rf "$work" "$ref"' EXIT
mount -t tmpfs -o size=16m tmpfs "$work" || { echo "diskfull: cannot mount a tmpfs" >&2; exit 1; }

failures=0
checks=0
# fill LEAVE_KIB: fills the tmpfs so that only LEAVE_KIB KiB stay free.
fill() {
  local avail
  avail=$(df --output=avail -B1024 "$work" | tail -n 1)
  if [ "$avail" -gt "$1" ]; then
    dd if=/dev/zero of="$work/.filler" bs=1024 count=$((avail - $1)) status=none 2>/dev/null
  fi
}
unfill() { rm -f "$work/.filler"; }

# check NAME OUT [ARGS...]: the command with ARGS writes OUT (a file or a folder).
check() {
  local name=$1 out=$2; shift 2
  checks=$((checks + 1))
  rm -rf "${work:?}/$out" "$ref/$out"
  if ! "$exe" "$@" >/dev/null 2>"$ref/stderr"; then
    echo "FAIL $name: the first write failed: $(cat "$ref/stderr")"; failures=$((failures + 1)); return
  fi
  cp -a "$work/$out" "$ref/$out"
  # Leave room for part of the output, so that the write fails half-way, not at once.
  local size
  size=$(du -sk "$work/$out" | cut -f1)
  fill $((size > 16 ? 8 : 0))
  "$exe" "$@" >/dev/null 2>"$ref/stderr2"
  local rc=$?
  unfill
  local problem=""
  [ "$rc" -ne 0 ] || problem="exit 0 on a full disk"
  grep -q "No space left on device" "$ref/stderr2" || problem="${problem:+$problem; }no 'No space left on device' in: $(head -c 300 "$ref/stderr2")"
  diff -r "$ref/$out" "$work/$out" >/dev/null 2>&1 || problem="${problem:+$problem; }the previous output was changed"
  if [ -n "$(find "$work" -mindepth 1 -maxdepth 1 -name '.*' ! -name .filler)" ]; then
    problem="${problem:+$problem; }temporary files left: $(find "$work" -mindepth 1 -maxdepth 1 -name '.*' | tr '\n' ' ')"
    find "$work" -mindepth 1 -maxdepth 1 -name '.*' ! -name .filler -exec rm -rf {} +
  fi
  if [ -n "$problem" ]; then
    echo "FAIL $name: $problem"; failures=$((failures + 1))
  else
    echo "PASS $name (exit $rc, previous output unchanged)"
  fi
}

d=(--date 2019-08-22)
check "figure SVG"    a.svg    --export "$work/a.svg" "${d[@]}"
check "figure PNG"    a.png    --export "$work/a.png" "${d[@]}"
check "figure PDF"    a.pdf    --export "$work/a.pdf" "${d[@]}"
check "chart SVG"     c.svg    --export-chart "$work/c.svg"
check "chart PNG"     c.png    --export-chart "$work/c.png"
check "heat strip SVG" h.svg   --export-heatstrip "$work/h.svg"
check "heat strip PNG" h.png   --export-heatstrip "$work/h.png"
check "sheet PDF"     s.pdf    --export-sheet "$work/s.pdf" --dates 1999-01-01,2019-08-22
check "GIF"           g.gif    --export-gif "$work/g.gif" --width 300
check "frames SVG"    frames   --export-frames "$work/frames" --format svg
check "graph DOT"     g.dot    --export-graph "$work/g.dot"
check "graph GraphML" g.graphml --export-graph "$work/g.graphml"
check "graph GEXF"    g.gexf   --export-graph "$work/g.gexf"
check "weights CSV"   w.csv    --export-weights "$work/w.csv"
imp="$(cd "$(dirname "$0")" && pwd)/data/import"
check "imported chronology" i.json --import-events "$imp/icews-like.csv" --mapping "$imp/icews-mapping.json" -o "$work/i.json"

# Standard output on a full device: the data commands must notice and exit 1.
for cmd in --events "--weights --date 2019-08-22" "--metrics --date 2019-08-22"; do
  checks=$((checks + 1))
  # shellcheck disable=SC2086
  "$exe" $cmd >/dev/full 2>"$ref/stderr3"; rc=$?
  if [ "$rc" -eq 1 ] && grep -q "No space left on device" "$ref/stderr3"; then
    echo "PASS $cmd > /dev/full (exit 1)"
  else
    echo "FAIL $cmd > /dev/full: exit $rc, stderr: $(head -c 200 "$ref/stderr3")"; failures=$((failures + 1))
  fi
done

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
