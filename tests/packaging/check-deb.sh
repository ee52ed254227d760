#!/usr/bin/env bash
# The Debian package: cpack -G DEB builds it from the build tree; its control fields,
# dependencies and contents are right; installed into a temporary root with dpkg -x, the
# program runs (--version, --validate on the installed chronology, --export of a figure);
# appstreamcli checks the installed tree; lintian reports no error and only the warnings
# listed (and justified) in docs/PACKAGING.md.
#   check-deb.sh BUILD_DIR PROJECT_VERSION SOURCE_DIR
. "$(dirname "$0")/common.sh"
build=$1 version=$2 src=$3
need cpack dpkg-deb dpkg lintian file appstreamcli readelf

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check "cpack -G DEB from $build"
if ! (cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out") >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  fail "cpack failed"
fi
deb="$tmp/out/alliancescope_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $(basename "$deb"); cpack made: $(ls "$tmp/out")"
echo "  $(basename "$deb"): $(stat -c %s "$deb") bytes"

check "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = alliancescope ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version) != $version"
[ "$(field Architecture)" = amd64 ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = education ] || fail "Section: $(field Section)"
[ "$(field Priority)" = optional ] || fail "Priority: $(field Priority)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Description | wc -l)" -gt 5 ] || fail "Description has no long part"

check "Depends: computed from the libraries (dpkg-shlibdeps) plus the CJK font"
depends=$(field Depends)
echo "  Depends: $depends"
for dep in fonts-noto-cjk libc6 libqt6widgets6 libqt6svg6 libqt6charts6 libgvc6 libgif7 libisal2; do
  grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done

check "the package holds every file a desktop needs"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$tmp/contents"
for path in /usr/bin/alliancescope /usr/bin/alliancescope-data \
    /usr/share/applications/alliancescope.desktop \
    /usr/share/metainfo/io.github.alliancescope.AllianceScope.metainfo.xml \
    /usr/share/mime/packages/alliancescope.xml \
    /usr/share/icons/hicolor/scalable/apps/alliancescope.svg \
    /usr/share/man/man1/alliancescope.1.gz /usr/share/man/man1/alliancescope-data.1.gz \
    /usr/share/alliancescope/chronology.alliance.json \
    /usr/share/doc/alliancescope/copyright /usr/share/doc/alliancescope/changelog.gz \
    /usr/share/doc/alliancescope/MODEL.md /usr/share/doc/alliancescope/DATA.md; do
  grep -qx "$path" "$tmp/contents" || fail "$path is not in the package"
done
if grep -vE '^/usr(/|$)' "$tmp/contents" | grep -q .; then fail "files outside /usr: $(grep -vE '^/usr' "$tmp/contents")"; fi

root="$tmp/root"
dpkg -x "$deb" "$root"
check "icons: PNG at 16-512 px, each the size its directory names"
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/alliancescope.png"
  [ -f "$png" ] || fail "no ${size}x${size} icon"
  file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png: $(file -b "$png")"
done

check "changelog and man page are gzip -9 files; the copyright file is DEP-5"
gzip -t "$root/usr/share/doc/alliancescope/changelog.gz" "$root/usr/share/man/man1/alliancescope.1.gz" \
  "$root/usr/share/man/man1/alliancescope-data.1.gz"
zcat "$root/usr/share/doc/alliancescope/changelog.gz" | head -1 | grep -q "^alliancescope ($version) " \
  || fail "changelog's first entry is not $version"
head -1 "$root/usr/share/doc/alliancescope/copyright" \
  | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
  || fail "copyright is not machine-readable"

exe="$root/usr/bin/alliancescope"
data="$root/usr/bin/alliancescope-data"
check "the installed binaries are stripped, have no RPATH, and find every library"
for bin in "$exe" "$data"; do
  file -b "$bin" | grep -q ', stripped' || fail "not stripped: $(file -b "$bin")"
  if readelf -d "$bin" | grep -qE 'RPATH|RUNPATH'; then fail "RPATH: $(readelf -d "$bin" | grep -E 'RPATH|RUNPATH')"; fi
  if env -u LD_LIBRARY_PATH ldd "$bin" | grep -q 'not found'; then fail "$(ldd "$bin" | grep 'not found')"; fi
done

export QT_QPA_PLATFORM=offscreen
unset LD_LIBRARY_PATH
check "alliancescope --version prints $version"
out=$("$exe" --version) || fail "--version exited $?"
grep -qF "$version" <<<"$out" || fail "--version says '$out'"

check "alliancescope --validate the installed chronology: exit 0"
"$exe" --validate "$root/usr/share/alliancescope/chronology.alliance.json" \
  || fail "--validate exited $?"

check "alliancescope-data --weights from its compiled-in chronology: the bytes of alliancescope"
"$data" --weights --date 2023-08-18 >"$tmp/weights-data.csv" || fail "alliancescope-data exited $?"
"$exe" --weights --date 2023-08-18 >"$tmp/weights.csv" || fail "alliancescope --weights exited $?"
[ "$(head -1 "$tmp/weights-data.csv")" = "source,target,layer,tier,score,weight" ] \
  || fail "alliancescope-data printed: $(head -1 "$tmp/weights-data.csv")"
cmp -s "$tmp/weights-data.csv" "$tmp/weights.csv" || fail "alliancescope-data and alliancescope differ"

check "alliancescope --export a figure to PNG"
"$exe" --export "$tmp/figure.png" --date 2023-08-18 --width 800 || fail "--export exited $?"
file -b "$tmp/figure.png" | grep -q 'PNG image data, 800 x' || fail "figure: $(file -b "$tmp/figure.png")"
[ "$(stat -c %s "$tmp/figure.png")" -gt 20000 ] || fail "figure is only $(stat -c %s "$tmp/figure.png") bytes"

check "appstreamcli validate-tree --no-net: desktop entry, metainfo and icons agree"
out=$(appstreamcli validate-tree --no-net "$root" 2>&1) || fail "validate-tree failed:"$'\n'"$out"
echo "$out" | sed 's/^/  /'
if echo "$out" | grep -qE '^(E|W):'; then fail "errors or warnings above"; fi

check "lintian: no error; warnings only those kept in docs/PACKAGING.md"
lintian -I --tag-display-limit 0 "$deb" >"$tmp/lintian.log" 2>&1 || true
sed 's/^/  /' "$tmp/lintian.log"
if grep -q '^E: ' "$tmp/lintian.log"; then fail "lintian errors above"; fi
kept=$(sed -n 's/^| *`\([a-z0-9-]*\)` *|.*/\1/p' "$src/docs/PACKAGING.md")
while read -r tag; do
  [ -z "$tag" ] && continue
  grep -qx "$tag" <<<"$kept" || fail "lintian warning '$tag' is not justified in docs/PACKAGING.md"
done < <(sed -n 's/^W: [^:]*: \([a-z0-9-]*\).*/\1/p' "$tmp/lintian.log" | sort -u)
passed
