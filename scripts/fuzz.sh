#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, build-fuzz/) and runs each of them:
#   fuzz_chronology  the chronology reader, the writer round trip, the model, the metrics and the
#                    data exporters;
#   fuzz_stories     the story and scenario formats inside the bundled chronology, what-if models.
#
#   ./scripts/fuzz.sh            60 seconds per target
#   ./scripts/fuzz.sh 1800       30 minutes per target
#
# The seed corpora are tests/data (valid and invalid files) with the bundled chronology, and
# tests/fuzz/seeds-stories; new inputs go to build-fuzz/corpus*/ (kept between runs, never
# committed). A crash leaves its input in build-fuzz/artifacts/ and makes this script exit
# non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
case "$seconds" in ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;; esac

./scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
echo "== libFuzzer build (clang, ASan + UBSan) =="
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DALLIANCESCOPE_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$jobs" --target fuzz_chronology fuzz_stories

mkdir -p build-fuzz/corpus build-fuzz/corpus-stories build-fuzz/artifacts build-fuzz/seeds
cp tests/data/valid/*.json tests/data/invalid/*.json tests/data/*.json build-fuzz/seeds/ 2>/dev/null || true
cp resources/chronology.json build-fuzz/seeds/bundled.json

echo "== Fuzzing the chronology reader for ${seconds} s =="
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# -max_len: the bundled chronology (about 100 KB) must fit, so that mutations start from it too.
./build-fuzz/tests/fuzz/fuzz_chronology build-fuzz/corpus build-fuzz/seeds \
  -dict=tests/fuzz/chronology.dict -max_len=262144 -timeout=20 -rss_limit_mb=4096 \
  -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/

echo "== Fuzzing the story and scenario formats for ${seconds} s =="
# Each input is appended to the bundled chronology (about 100 KB), so inputs themselves stay small.
./build-fuzz/tests/fuzz/fuzz_stories build-fuzz/corpus-stories tests/fuzz/seeds-stories \
  -dict=tests/fuzz/chronology.dict -max_len=16384 -timeout=20 -rss_limit_mb=4096 \
  -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/stories-
