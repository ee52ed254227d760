#!/usr/bin/env bash
# The man page: groff and man-db format it without a warning, lexgrog finds its NAME line,
# and every long option of the program's --help is documented in it.
#   check-manpage.sh MANPAGE EXECUTABLE   (the page NAME.1 documents the program NAME)
. "$(dirname "$0")/common.sh"
page=$1 exe=$2
name=$(basename "$page" .1)
need groff man lexgrog

check "groff -man -ww -z: no warnings"
out=$(groff -man -ww -z "$page" 2>&1) || fail "groff failed:"$'\n'"$out"
[ -z "$out" ] || fail "groff says:"$'\n'"$out"

check "man --warnings -l: no warnings"
out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null) \
  || fail "man failed:"$'\n'"$out"
[ -z "$out" ] || fail "man says:"$'\n'"$out"

check "lexgrog finds the NAME section"
lexgrog "$page" | grep -qF "\"$name - " || fail "lexgrog: $(lexgrog "$page" 2>&1)"

check "every option of $name --help is in the man page"
text=$(MANWIDTH=200 man -l "$page" 2>/dev/null)
options=$(QT_QPA_PLATFORM=offscreen "$exe" --help | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+')
[ -n "$options" ] || fail "no options read from --help"
for opt in $options; do
  grep -qF -- "$opt" <<<"$text" || fail "$opt (from --help) is not in $(basename "$page")"
done
echo "  $(echo "$options" | wc -l) options documented"
passed
