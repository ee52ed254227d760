#!/usr/bin/env bash
# Translations: lupdate over app/, into a copy of the Chinese .ts file, finds no new source
# text, and the copy has no unfinished message. Fails when a tr() string was added or
# changed without a translation (update the .ts with lupdate and translate it).
#   check-translations.sh LUPDATE SOURCE_DIR
. "$(dirname "$0")/common.sh"
lupdate=$1 src=$2
ts="$src/resources/translations/alliancescope_zh_CN.ts"
[ -x "$lupdate" ] || fail "lupdate not found at $lupdate"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The copy sits where the original does relative to app/, so locations stay the same.
mkdir -p "$tmp/resources/translations"
cp "$ts" "$tmp/resources/translations/"
ln -s "$src/app" "$tmp/app"
check "lupdate app/ -ts $(basename "$ts") (a copy)"
out=$(cd "$tmp" && "$lupdate" -recursive app -ts resources/translations/alliancescope_zh_CN.ts 2>&1) \
  || fail "lupdate failed:"$'\n'"$out"
echo "$out" | sed 's/^/  /'
summary=$(echo "$out" | grep -E 'Found [0-9]+ source text' | tail -1)
[ -n "$summary" ] || fail "no summary line from lupdate"
found=$(echo "$summary" | grep -oE 'Found [0-9]+' | grep -oE '[0-9]+')
new=$(echo "$summary" | grep -oE '\([0-9]+ new' | grep -oE '[0-9]+')

check "some source texts found ($found)"
[ "$found" -gt 100 ] || fail "only $found source texts: is lupdate reading app/?"
check "no new source text ($new)"
[ "$new" -eq 0 ] || fail "$new source text(s) in app/ are not in $ts"
check "no unfinished message"
unfinished=$(grep -c 'type="unfinished"' "$tmp/resources/translations/alliancescope_zh_CN.ts" || true)
[ "$unfinished" -eq 0 ] || fail "$unfinished unfinished message(s); translate them in $ts"
passed
