#!/usr/bin/env bash
# Scores the coder on the PETRARCH and TABARI validation suites (their own
# dictionaries imported with `geokg ontology import`) and fails when a score
# drops below its floor. The floors are the scores reached so far (README,
# "Figures"); raise them as the coder improves.
# Usage: eval_test.sh GEOKG_BINARY SHARED_DIR PETRARCH_F1 PETRARCH_CORRECT TABARI_F1
set -euo pipefail
geokg=$1
shared=$2
petr_f1=$3
petr_correct=$4
tab_f1=$5
s="$shared/eval"
if [ ! -d "$s/petrarch-unittest" ] || [ ! -d "$s/tabari-validate" ]; then
  echo "eval: skipped: $s not found (the validation suites live in ../shared)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$geokg" ontology import --no-codebook --from petrarch --verbs "$s/petrarch-unittest/PETR.Validate.verbs.txt" \
  --actors "$s/petrarch-unittest/PETR.Validate.actors.txt" --agents "$s/petrarch-unittest/PETR.Validate.agents.txt" \
  --discards "$s/petrarch-unittest/PETR.Validate.discards.txt" -o "$work/petr" > /dev/null 2>&1
"$geokg" ontology import --no-codebook --from tabari --verbs "$s/tabari-validate/TABARI.Demo.verbs" \
  --actors "$s/tabari-validate/TABARI.Demo.actors" --agents "$s/tabari-validate/Validate.agents" \
  -o "$work/tab" > /dev/null 2>&1

check() {  # name, eval output, minimum F1, minimum share of records fully correct (%)
  local total
  total=$(grep -E '^  total ' <<< "$2")
  python3 - "$1" "$total" "$3" "$4" <<'PY'
import sys
name, row, min_f1, min_correct = sys.argv[1], sys.argv[2].split(), float(sys.argv[3]), float(sys.argv[4])
records, correct, f1 = int(row[1]), int(row[2]), float(row[-1])
share = 100.0 * correct / records
print(f"{name}: {records} records, {share:.1f}% fully correct, F1 {f1:.3f} (floors: {min_correct}%, {min_f1})")
if f1 < min_f1 or share < min_correct:
    sys.exit(f"{name}: below the floor")
PY
}
check "PETRARCH unit tests" "$("$geokg" eval "$s/petrarch-unittest/PETR.UnitTest.records.xml" --ontology "$work/petr" --show 0)" "$petr_f1" "$petr_correct"
check "TABARI validation" "$("$geokg" eval "$s/tabari-validate/Validate.text" --ontology "$work/tab" --show 0)" "$tab_f1" 0
