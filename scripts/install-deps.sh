#!/usr/bin/env bash
# Installs the Debian 12 packages AllianceScope needs to build, test and run,
# but only those that are missing, and generates the de_DE.UTF-8 locale the
# decimal-comma layout test needs when it is missing. Quick and silent when
# everything is there.
#
#   ./scripts/install-deps.sh          build + test + run packages
#
# Exit status: 0 when everything is present afterwards, 1 when something could
# not be installed (the message says what to do).
set -euo pipefail

# Build and run. (libisal-dev: ISA-L's igzip, the deflate of the frames' PNG encoder.)
packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libgraphviz-dev libgif-dev libpng-dev
  libisal-dev
  fonts-noto-cjk
)
# Screenshots, the benchmark's peer (Graphviz's own neato) and the sanitizer runtime.
packages+=(xvfb xauth imagemagick graphviz)
# The story handout's test reads its PDF back (pdfinfo, pdftotext; pdftoppm to look at a page).
packages+=(poppler-utils)
# A decimal-comma locale for tst_graphlayout's locale test (generated below).
packages+=(locales)
test_locale=de_DE.UTF-8
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

# The locale is there when `locale -a` lists it (as de_DE.utf8).
have_locale() {
  locale -a 2>/dev/null | grep -qix "${test_locale/UTF-8/utf8}"
}

if [ ${#missing[@]} -eq 0 ] && have_locale; then
  exit 0
fi

# Root, or sudo, or a clear message.
SUDO=
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    [ ${#missing[@]} -eq 0 ] || echo "install-deps: these Debian packages are missing: ${missing[*]}" >&2
    have_locale || echo "install-deps: the $test_locale locale is missing" >&2
    echo "install-deps: run this script as root (or install them with apt-get) and try again." >&2
    exit 1
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
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
fi

if ! have_locale; then
  # Debian's way: enable the locale in /etc/locale.gen (so later locale-gen runs keep it),
  # then generate it.
  echo "install-deps: generating the $test_locale locale" >&2
  if ! grep -qx "$test_locale UTF-8" /etc/locale.gen 2>/dev/null; then
    if grep -qx "# *$test_locale UTF-8" /etc/locale.gen 2>/dev/null; then
      $SUDO sed -i "s/^# *$test_locale UTF-8\$/$test_locale UTF-8/" /etc/locale.gen
    else
      echo "$test_locale UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
    fi
  fi
  if ! $SUDO locale-gen >&2 || ! have_locale; then
    echo "install-deps: could not generate the $test_locale locale;" >&2
    echo "install-deps: run 'localedef -i de_DE -f UTF-8 $test_locale' as root, then this script again." >&2
    exit 1
  fi
fi
echo "install-deps: done" >&2
