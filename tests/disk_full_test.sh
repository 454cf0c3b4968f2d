#!/usr/bin/env bash
# A build that fills the disk stops with a clear message, and what it stored
# before stays intact and readable; on a read-only file system the store can
# be read and a writer gets a message naming it. Uses a 3 MB tmpfs; skips where mounting
# is not allowed.
# Usage: disk_full_test.sh GEOKG_BINARY SOURCE_DIR
set -euo pipefail
geokg=$1
src=$2
work=$(mktemp -d)
small="$work/small"
mkdir -p "$small"
if ! mount -t tmpfs -o size=3m tmpfs "$small" 2> /dev/null; then
  rm -rf "$work"
  echo "disk full: skipped: cannot mount a small tmpfs here (needs root)"
  exit 0
fi
trap 'umount "$small" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 - "$src/examples/articles/articles.jsonl" "$work/many.jsonl" <<'PY'
import json, sys
articles = [json.loads(l) for l in open(sys.argv[1])]
with open(sys.argv[2], "w") as f:
    for k in range(200):
        for a in articles:
            f.write(json.dumps(dict(a, id=f"{a['id']}-{k}", text=a["text"] + f"\n\nThis is copy number {k}.")) + "\n")
PY
set +e
# The store deliberately leaves RocksDB's handle open after a failed write
# (see storage.cc), which a leak checker would report.
ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0" "$geokg" build "$work/many.jsonl" --db "$small/db" > "$work/out.txt" 2> "$work/err.txt"
rc=$?
set -e
[ "$rc" = 2 ] || fail "build on a full disk: exit $rc, expected 2; $(cat "$work/err.txt")"
grep -q "disk is full" "$work/err.txt" || fail "no clear message: $(cat "$work/err.txt")"
articles=$("$geokg" stats --db "$small/db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
[ "$articles" -gt 0 ] || fail "nothing stored before the disk filled"
echo "disk full: ok ($articles articles kept; message: $(tail -1 "$work/err.txt"))"

# The same store on a read-only file system: readers work, a writer is told why not.
mount -o remount,ro "$small"
"$geokg" stats --db "$small/db" > /dev/null || fail "stats on a read-only file system failed"
set +e
"$geokg" build "$src/examples/articles/articles.jsonl" --db "$small/db" > /dev/null 2> "$work/ro.txt"
rc=$?
set -e
[ "$rc" != 0 ] || fail "build on a read-only file system succeeded"
grep -q "$small/db" "$work/ro.txt" || fail "read-only message does not name the store: $(cat "$work/ro.txt")"
echo "read-only: ok (message: $(cat "$work/ro.txt"))"
