#!/usr/bin/env bash
# The AppStream metainfo: appstreamcli validate --no-net passes; its newest release is the
# project version; its id is the file name; it launches the desktop entry we install; summary
# and description are in English and Chinese.
#   check-metainfo.sh METAINFO PROJECT_VERSION DESKTOP_FILE
. "$(dirname "$0")/common.sh"
metainfo=$1 version=$2 desktop=$3
need appstreamcli xmllint

check "appstreamcli validate --no-net $(basename "$metainfo")"
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "validation failed:"$'\n'"$out"
echo "$out" | sed 's/^/  /'
if echo "$out" | grep -qE '^(E|W):'; then fail "errors or warnings above"; fi

check "the newest <release> is the project version $version"
release=$(xmllint --xpath 'string(/component/releases/release[1]/@version)' "$metainfo")
[ "$release" = "$version" ] || fail "metainfo release '$release' != project version '$version'"

check "the id is the file name"
id=$(xmllint --xpath 'string(/component/id)' "$metainfo")
[ "$(basename "$metainfo")" = "$id.metainfo.xml" ] || fail "id '$id' vs file $(basename "$metainfo")"

check "the launchable is $(basename "$desktop")"
launchable=$(xmllint --xpath 'string(/component/launchable[@type="desktop-id"])' "$metainfo")
[ "$launchable" = "$(basename "$desktop")" ] || fail "launchable '$launchable'"

check "summary and description in English and Chinese, OARS rating, screenshots"
for path in '/component/summary[not(@xml:lang)]' '/component/summary[@xml:lang="zh-CN"]' \
            '/component/description/p[not(@xml:lang)]' '/component/description/p[@xml:lang="zh-CN"]' \
            '/component/content_rating[@type="oars-1.1"]' '/component/screenshots/screenshot/image'; do
  [ "$(xmllint --xpath "count($path)" "$metainfo")" -ge 1 ] || fail "missing $path"
done
passed
