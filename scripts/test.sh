#!/usr/bin/env bash
# Installs what is missing, builds AllianceScope with its tests, and runs every test twice:
# in a Release build (build/) and in a build with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/), with a 60-second libFuzzer run in between
# (scripts/fuzz.sh). Exits non-zero when any test fails or the fuzzer finds a crash.
#
#   ./scripts/test.sh            both builds
#   ./scripts/test.sh --quick    the Release build only
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[ "${1:-}" = "--quick" ] && quick=1

./scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1

echo "== Release build (warnings are errors) =="
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DALLIANCESCOPE_WERROR=ON -DALLIANCESCOPE_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$jobs"
echo "== Tests (Release) =="
ctest --test-dir build --output-on-failure -j"$jobs"

if [ "$quick" -eq 1 ]; then
  exit 0
fi

./scripts/fuzz.sh 60

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build =="
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DALLIANCESCOPE_SANITIZE=ON -DALLIANCESCOPE_BUILD_TESTS=ON >/dev/null
cmake --build build-asan -j"$jobs"
echo "== Tests (ASan + UBSan) =="
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
ctest --test-dir build-asan --output-on-failure -j"$jobs"
