#!/usr/bin/env bash
# Crash safety and concurrency of the store, with real processes:
# - builds killed with SIGKILL at several moments leave a store that opens,
#   and building again gives exactly the counts of one uninterrupted build;
# - while a build runs, readers (stats, relations) work and a second writer
#   is refused with a message naming the store.
# Usage: crash_test.sh GEOKG_BINARY SOURCE_DIR
set -euo pipefail
geokg=$1
src=$2
work=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A collection large enough to be killed mid-build: the examples 150 times,
# each copy with its own id and a distinct last sentence.
python3 - "$src/examples/articles/articles.jsonl" "$work/many.jsonl" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
articles = [json.loads(l) for l in open(src)]
with open(out, "w") as f:
    for k in range(150):
        for a in articles:
            b = dict(a, id=f"{a['id']}-copy{k}", text=a["text"] + f"\n\nThis is copy {k}.")
            f.write(json.dumps(b) + "\n")
PY

stats() { "$geokg" stats --db "$1" --json | python3 -c 'import json,sys; s=json.load(sys.stdin); s.pop("store"); print(json.dumps(s, sort_keys=True))'; }

"$geokg" build "$work/many.jsonl" --db "$work/ref" > /dev/null
ref=$(stats "$work/ref")

for delay in 0.2 0.6 1.2 2.0; do
  db="$work/killed-$delay"
  "$geokg" build "$work/many.jsonl" --db "$db" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # The store opens; or, killed before it stored anything, says so.
  if ! "$geokg" stats --db "$db" --json > /dev/null 2> "$work/stats-err.txt"; then
    grep -qE "a build was stopped before it stored anything|no geokg store at" "$work/stats-err.txt" ||
      fail "store killed after ${delay}s does not open: $(cat "$work/stats-err.txt")"
  fi
  "$geokg" build "$work/many.jsonl" --db "$db" > /dev/null || fail "rebuild after kill at ${delay}s failed"
  got=$(stats "$db")
  [ "$got" = "$ref" ] || fail "after kill at ${delay}s and rebuild: $got, expected $ref"
done

# Readers and a second writer while a build runs.
db="$work/concurrent"
"$geokg" build "$work/many.jsonl" --db "$db" > /dev/null 2>&1 &
pid=$!
# Until the build has opened the store (RocksDB's LOCK file appears), however
# slow its start (sanitizer builds load the ontology slowly).
for _ in $(seq 1 200); do
  [ -e "$db/LOCK" ] && break
  sleep 0.05
done
sleep 0.2
set +e
"$geokg" build "$src/examples/articles/articles.jsonl" --db "$db" > /dev/null 2> "$work/second.txt"
rc=$?
"$geokg" stats --db "$db" > "$work/reader.txt" 2>&1
reader_rc=$?
"$geokg" relations TUR RUS --db "$db" > /dev/null 2>&1
relations_rc=$?
set -e
still_running=0
kill -0 "$pid" 2>/dev/null && still_running=1
wait "$pid" || fail "the concurrent build failed"
if [ "$still_running" = 1 ]; then
  [ "$rc" = 1 ] || fail "a second writer was not refused (exit $rc)"
  grep -q "open for writing by another process" "$work/second.txt" || fail "second writer message: $(cat "$work/second.txt")"
  grep -q "$db" "$work/second.txt" || fail "second writer message does not name the store"
fi
[ "$reader_rc" = 0 ] || fail "stats during a build failed: $(cat "$work/reader.txt")"
[ "$relations_rc" = 0 ] || fail "relations during a build failed"
[ "$(stats "$db")" = "$ref" ] || fail "concurrent build result differs from the reference"
echo "crash and concurrency: ok"
