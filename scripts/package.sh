#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, makes a Release build in build-package/
# with Debian's hardening flags (dpkg-buildflags), and runs `cpack -G DEB` in that build tree.
# The package's version is the one in CMakeLists.txt's project(VERSION …).
#
#   ./scripts/package.sh     → build-package/alliancescope_<version>_amd64.deb
#
# Install it with `sudo apt install ./build-package/alliancescope_<version>_amd64.deb`;
# docs/PACKAGING.md says what it contains.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
build=build-package

# Debian's compiler and linker flags, with every hardening feature (stack protector,
# _FORTIFY_SOURCE, PIE, RELRO, BIND_NOW). No -g: cpack strips the binary anyway.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
cxxflags=$(sed -E 's/(^| )-g( |$)/ /g' <<<"$cxxflags")
ldflags=$(dpkg-buildflags --get LDFLAGS)

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DALLIANCESCOPE_BUILD_TESTS=OFF \
      -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs"

(cd "$build" && cpack -G DEB)

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$build/alliancescope_${version}_amd64.deb"
if [ ! -f "$deb" ]; then
  echo "package.sh: cpack did not make $deb" >&2
  exit 1
fi
echo "package.sh: $deb"
if command -v lintian >/dev/null 2>&1; then
  echo "package.sh: lintian says (docs/PACKAGING.md explains the warnings kept):"
  lintian "$deb" || true
fi
