#!/usr/bin/env bash
# Imports every dictionary set under ../shared (Phoenix/PETRARCH, TABARI,
# and the two validation suites), checks that each imported ontology loads
# with `geokg ontology check`, that the large sets keep their size, and that
# every entry not converted is reported with file and line.
# Usage: import_test.sh GEOKG_BINARY SHARED_DIR
set -euo pipefail
geokg=$1
shared=$2
if [ ! -d "$shared/dictionaries" ]; then
  echo "import: skipped: $shared/dictionaries not found"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
p="$shared/dictionaries/phoenix"
t="$shared/dictionaries/tabari"
e="$shared/eval"

run() {  # name, then import arguments
  local name=$1
  shift
  "$geokg" ontology import "$@" -o "$work/$name" > "$work/$name.out" 2> "$work/$name.err" || fail "$name: import failed: $(cat "$work/$name.err")"
  "$geokg" ontology check "$work/$name" > "$work/$name.check" || fail "$name: imported ontology does not load"
  # Every skipped entry names file:line.
  if grep -v -E '^geokg: [^:]+:[0-9]+(:[0-9]+)?: (warning|error): ' "$work/$name.err" | grep -q .; then
    fail "$name: a report without file:line: $(grep -v -E '^geokg: [^:]+:[0-9]+' "$work/$name.err" | head -1)"
  fi
  echo "$name: $(cat "$work/$name.out")"
}
count() { grep -E "^  [0-9]+ $2" "$work/$1.check" | awk '{print $1}'; }

run phoenix2 --from petrarch --verbs "$p/CAMEO.2.0.txt" --actors "$p/Phoenix.Countries.actors.txt" \
  --actors "$p/Phoenix.International.actors.txt" --actors "$p/Phoenix.MilNonState.actors.txt" \
  --agents "$p/Phoenix.agents.txt" --discards "$p/Phoenix.discards.txt"
run phoenix1 --from petrarch --verbs "$p/CAMEO.verbpatterns.150430.txt" --actors "$p/Phoenix.Countries.actors.txt"
run tabari --from tabari --verbs "$t/CAMEO.091003.master.verbs" --actors "$t/CountryInfo.120116.actors" \
  --actors "$t/Internatnl.120521.actors" --agents "$t/PSU.120522.agents"
run tabari2008 --from tabari --verbs "$t/CAMEO.080612.verbs"
run petrarch-unittest --no-codebook --from petrarch --verbs "$e/petrarch-unittest/PETR.Validate.verbs.txt" \
  --actors "$e/petrarch-unittest/PETR.Validate.actors.txt" --agents "$e/petrarch-unittest/PETR.Validate.agents.txt" \
  --discards "$e/petrarch-unittest/PETR.Validate.discards.txt"
run tabari-validate --no-codebook --from tabari --verbs "$e/tabari-validate/TABARI.Demo.verbs" \
  --actors "$e/tabari-validate/TABARI.Demo.actors" --agents "$e/tabari-validate/Validate.agents"

# The full-size sets keep their size: actor names and patterns by the thousand.
[ "$(count phoenix2 people)" -gt 15000 ] || fail "phoenix: too few people: $(count phoenix2 people)"
[ "$(count tabari people)" -gt 15000 ] || fail "tabari: too few people: $(count tabari people)"
grep -qE "[0-9]{4,} patterns" "$work/phoenix1.check" || fail "phoenix (PETRARCH-1 verbs): too few patterns"
grep -qE "[0-9]{4,} patterns" "$work/tabari.check" || fail "tabari: too few patterns"
# Kerry resolves by date in the imported Phoenix actors as in the built-in ones.
[ "$("$geokg" ontology lookup "Secretary of State John Kerry" --date 2015-12-02 --ontology "$work/phoenix2" | cut -f1)" = USAGOV ] ||
  fail "phoenix: John Kerry on 2015-12-02 is not USAGOV"
# TABARI's priority marks survive the import: SAID [023?] is subordinate, ATTEND [031!] dominant.
grep -A3 -E '^  - verb: said?$' "$work/tabari-validate"/verbs*.yaml | grep -q 'code: "023?"' ||
  fail "tabari-validate: SAID lost its subordinate mark [023?]"
grep -q 'code: "031!"' "$work/tabari-validate"/verbs*.yaml || fail "tabari-validate: ATTEND lost its dominant mark [031!]"
# TABARI's blank inside an actor phrase lets words stand there; '_' does not.
grep -q 'names: \[prince \.\.\. dol amroth\]' "$work/tabari-validate"/*.yaml ||
  fail "tabari-validate: PRINCE DOL_AMROTH is not 'prince ... dol amroth'"
grep -q 'names: \[amroth tanks\]' "$work/tabari-validate"/actors*.yaml ||
  fail "tabari-validate: AMROTH_TANKS is not 'amroth tanks'"
# TABARI verb endings: BAN= takes none, DEPART_ the literal -S -ED -ES -EN -ING.
grep -A1 -E '^  - verb: ban$' "$work/tabari-validate"/verbs*.yaml | grep -q 'forms: \[ban\]' ||
  fail "tabari-validate: BAN= is not 'forms: [ban]'"
grep -A1 -E '^  - verb: depart$' "$work/tabari-validate"/verbs*.yaml | grep -q 'departen' ||
  fail "tabari-validate: DEPART_ lacks TABARI's ending -EN"
# TABARI's <TIME> phrases coded [###] and [+++] discard their sentences.
grep -q 'kan wa ma kan' "$work/tabari-validate"/*.yaml || fail "tabari-validate: time phrase KAN_WA_MA_KAN [###] is not a discard"
grep -q 'when peace comes' "$work/tabari-validate"/*.yaml || fail "tabari-validate: time phrase WHEN_PEACE_COMES [+++] is not a discard"
# A word ending in '_' stays whole under TABARI's stems: "KRONER_", "IN_ *".
grep -q 'kroner_' "$work/tabari-validate"/verbs*.yaml || fail "tabari-validate: synset member KRONER_ lost its '_'"
grep -q '"in_ \* \[' "$work/tabari-validate"/verbs*.yaml || fail "tabari-validate: pattern 'IN_ *' lost its '_'"
# TABARI's <NOUN> and <ADJECTIVE> lists are kept ("FORCES_" is "forces").
grep -q '^parse_nouns: \[.*forces.*goats' "$work/tabari-validate"/*.yaml || fail "tabari-validate: <NOUN> list lost"
grep -q '^parse_adjectives: \[.*awful.*evil' "$work/tabari-validate"/*.yaml || fail "tabari-validate: <ADJECTIVE> list lost"
[ "$("$geokg" ontology lookup "the Prince of Dol_Amroth" --date 1999-08-09 --ontology "$work/tabari-validate" | cut -f1)" = DOL ] ||
  fail "tabari-validate: 'the Prince of Dol_Amroth' is not DOL"
echo "import: ok"
