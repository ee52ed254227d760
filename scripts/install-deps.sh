#!/usr/bin/env bash
# Installs the Debian 12 packages AllianceScope needs to build, test and run,
# but only those that are missing. Quick and silent when everything is there.
#
#   ./scripts/install-deps.sh          build + test + run packages
#
# Exit status: 0 when everything is present afterwards, 1 when something could
# not be installed (the message says what to do).
set -euo pipefail

# Build and run.
packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libgraphviz-dev libgif-dev
  fonts-noto-cjk
)
# Screenshots, the benchmark's peer (Graphviz's own neato) and the sanitizer runtime.
packages+=(xvfb xauth imagemagick graphviz)
# The fuzzer (scripts/fuzz.sh): clang with its libFuzzer and sanitizer runtimes.
packages+=(clang libclang-rt-14-dev)
# The Debian package and its checks (scripts/package.sh, tests/packaging/): cpack's
# dpkg-shlibdeps, lintian, the desktop-file, AppStream, MIME and man-page validators.
packages+=(dpkg-dev fakeroot lintian desktop-file-utils appstream shared-mime-info
           libxml2-utils man-db groff-base)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "install-deps: these Debian packages are missing: ${missing[*]}" >&2
    echo "install-deps: run this script as root (or install them with apt-get) and try again." >&2
    exit 1
  fi
else
  SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq >&2; then
  echo "install-deps: 'apt-get update' failed; check the network or the apt sources." >&2
  exit 1
fi
if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; then
  echo "install-deps: could not install: ${missing[*]}" >&2
  echo "install-deps: install them with apt-get by hand, then run this script again." >&2
  exit 1
fi
echo "install-deps: done" >&2
