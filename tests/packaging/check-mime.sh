#!/usr/bin/env bash
# The shared-mime-info package: well-formed XML in the shared-mime-info namespace, and
# update-mime-database compiles it into a database with our glob and magic.
#   check-mime.sh MIME_XML
. "$(dirname "$0")/common.sh"
xml=$1
need xmllint update-mime-database

check "xmllint: $(basename "$xml") is well-formed"
xmllint --noout "$xml" || fail "xmllint rejects $xml"

check "root is <mime-info> in the shared-mime-info namespace, one type"
ns=$(xmllint --xpath 'namespace-uri(/*)' "$xml")
[ "$ns" = "http://www.freedesktop.org/standards/shared-mime-info" ] || fail "namespace '$ns'"
[ "$(xmllint --xpath 'count(/*/*[local-name()="mime-type"])' "$xml")" = 1 ] || fail "not one mime-type"
type=$(xmllint --xpath 'string(//*[local-name()="mime-type"]/@type)' "$xml")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$xml" "$tmp/mime/packages/"
check "update-mime-database compiles it without a message"
out=$(update-mime-database -V "$tmp/mime" 2>&1) || fail "update-mime-database failed:"$'\n'"$out"
if echo "$out" | grep -qiE 'warn|error|unknown'; then fail "update-mime-database says:"$'\n'"$out"; fi

check "the database has $type with its glob, magic and parent"
grep -q ":$type:\*\.alliance\.json" "$tmp/mime/globs2" || fail "no *.alliance.json glob in globs2"
grep -aq "$type" "$tmp/mime/magic" || fail "no magic for $type"
grep -q "^$type application/json" "$tmp/mime/subclasses" || fail "$type is not a subclass of application/json"
[ -f "$tmp/mime/${type}.xml" ] || fail "no ${type}.xml written"
passed
