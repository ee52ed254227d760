#!/usr/bin/env bash
# Installs what is missing, builds AllianceScope (Release, into build/) and starts it on the
# bundled chronology. Extra arguments go to the app, e.g. ./scripts/run.sh my-chronology.json
# or ./scripts/run.sh --weights --date 2023-08-18.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DALLIANCESCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$jobs" --target alliancescope

app=build/app/alliancescope
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display server (DISPLAY is unset), so the window cannot open." >&2
  echo "run.sh: here are the weights at the Camp David summit instead; on a desktop the GUI starts." >&2
  echo "run.sh: (to see the window here: xvfb-run -a $app)" >&2
  exec "$app" --weights --date 2023-08-18 --layer all
fi
exec "$app" "$@"
