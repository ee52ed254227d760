#!/usr/bin/env bash
# The desktop entry: desktop-file-validate with no error, warning or hint; it starts the
# program with a file and declares the chronology MIME type (and not every JSON file).
#   check-desktop.sh DESKTOP_FILE MIME_XML
. "$(dirname "$0")/common.sh"
desktop=$1 mime=$2
need desktop-file-validate xmllint

check "desktop-file-validate $desktop reports nothing"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate failed:"$'\n'"$out"
[ -z "$out" ] || fail "desktop-file-validate says:"$'\n'"$out"

type=$(xmllint --xpath 'string(//*[local-name()="mime-type"]/@type)' "$mime")
check "MimeType= names $type and nothing broader"
grep -qx "MimeType=$type;" "$desktop" || fail "MimeType= is not '$type;': $(grep MimeType= "$desktop")"

check "Exec= passes the file (%f) to alliancescope; Icon= is alliancescope"
grep -qx 'Exec=alliancescope %f' "$desktop" || fail "Exec= line: $(grep Exec= "$desktop")"
grep -qx 'Icon=alliancescope' "$desktop" || fail "Icon= line: $(grep Icon= "$desktop")"

check "Name, GenericName and Comment have a Chinese translation"
for key in Name GenericName Comment Keywords; do
  grep -q "^$key\[zh_CN\]=" "$desktop" || fail "$key[zh_CN] missing"
done
passed
