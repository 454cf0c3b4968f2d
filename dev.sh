#!/usr/bin/env bash
# geokg's one entry point for people and CI: installs what is missing
# (Debian 12 packages), builds, and runs the demo or the tests.
#
#   bash dev.sh demo    build the examples into ./geokg.db, print the strongest
#                       relations, render geokg-graph.svg
#   bash dev.sh test    run the whole test suite (ctest)
#   bash dev.sh build   only install and build (build/)
#   bash dev.sh asan    build with AddressSanitizer + UBSan (build-asan/) and run the tests
#   bash dev.sh bench   build and run the benchmark programs (needs ../shared)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(g++ cmake make pkg-config ccache python3 libxml2-utils
          libboost-graph-dev librocksdb-dev libyaml-cpp-dev catch2 libgraphviz-dev graphviz
          libcli11-dev nlohmann-json3-dev libicu-dev libfmt-dev libxml2-dev)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
}

build() {  # build DIR [cmake options...]
  local dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" > /dev/null
  cmake --build "$dir" -j2
}

cmd=${1:-demo}
install_missing
case "$cmd" in
  build)
    build build
    ;;
  demo)
    build build > /dev/null
    geokg=build/cli/geokg
    "$geokg" build examples/articles/articles.jsonl
    echo
    "$geokg" relations --top 12
    echo
    "$geokg" render -o geokg-graph.svg > /dev/null
    echo "diagram: $(pwd)/geokg-graph.svg"
    ;;
  test)
    build build
    ctest --test-dir build --output-on-failure -j2
    ;;
  asan)
    build build-asan -DGEOKG_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp" \
      ctest --test-dir build-asan --output-on-failure -j2
    ;;
  bench)
    build build
    for b in build/bench/*_bench; do echo "== $b"; "$b"; done
    ;;
  *)
    echo "usage: bash dev.sh demo|test|build|asan|bench" >&2
    exit 1
    ;;
esac
