#!/usr/bin/env bash
# End to end through the geokg binary: build the bundled examples into a
# fresh store, query, render an SVG and check it is well-formed XML naming
# the countries. Usage: end_to_end.sh GEOKG_BINARY SOURCE_DIR
set -euo pipefail
geokg=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$geokg" build "$src/examples/articles/articles.jsonl" --db "$work/db" > "$work/build.txt"
grep -q "0 skipped" "$work/build.txt" || fail "build skipped input: $(cat "$work/build.txt")"

"$geokg" extract "$src/examples/articles/txt/21-"*.txt > "$work/events.jsonl"
grep '"source":"NATO"' "$work/events.jsonl" | grep -q '"target":"MNE' || fail "no NATO -> MNE event"

"$geokg" relations TUR RUS --db "$work/db" > "$work/rel.txt"
grep -q "TUR -> RUS" "$work/rel.txt" || fail "relations TUR RUS lists no TUR -> RUS"
grep -qi "shot down" "$work/rel.txt" || fail "relations TUR RUS shows no shoot-down sentence"

"$geokg" render --db "$work/db" -o "$work/graph.svg" > "$work/render.txt"
grep -q "graph.svg" "$work/render.txt" || fail "render did not print the path"
xmllint --noout "$work/graph.svg" || fail "SVG is not well-formed XML"
grep -q "Turkey" "$work/graph.svg" || fail "SVG does not name Turkey"
grep -q "Russia" "$work/graph.svg" || fail "SVG does not name Russia"

"$geokg" stats --db "$work/db" --json | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert all(k in s for k in ("articles", "sentences", "events", "actors", "dyads")), s
assert s["articles"] >= 25 and s["events"] > 0, s'

# Usage errors exit 1 with a message naming the argument.
set +e
"$geokg" relations Atlantis --db "$work/db" 2> "$work/err.txt"; rc=$?
set -e
[ "$rc" = 1 ] || fail "unknown actor: exit $rc, expected 1"
grep -q "Atlantis" "$work/err.txt" || fail "unknown actor message does not name it"
echo "end to end: ok"
