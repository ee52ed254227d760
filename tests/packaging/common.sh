# Helpers of the packaging tests (sourced): say what is checked, fail loudly.
set -euo pipefail

checks=0
check() { echo "CHECK: $*"; checks=$((checks + 1)); }
fail() { echo "FAIL: $*" >&2; exit 1; }
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 \
      || fail "'$tool' is not installed (run ./scripts/install-deps.sh)"
  done
}
passed() { echo "PASS: $checks checks"; }
