#!/usr/bin/env bash
# Builds both targets and runs every test (called by `./emsdk-setup.sh test` after setup):
# unit and CLI tests and the desktop program under Xvfb (ctest), the file schema check,
# the web page in headless Chromium, and a minute of fuzzing. Ends with the counts.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs
LOGS=build/test-logs
mkdir -p "$LOGS"
started=$(date +%s)
passed=0
failed=0

step() { printf '\n\033[1m=== %s\033[0m\n' "$*"; }
# Adds the counts a runner printed to the totals (a run that printed none counts as one failure).
add_counts() {
  local p=$1 f=$2
  if [ -z "$p" ] || [ -z "$f" ]; then p=0; f=1; echo "(no test counts found in this step's output)"; fi
  passed=$((passed + p)); failed=$((failed + f))
}
count_ctest() {
  local line
  line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$1" | tail -1 || true)
  local total fail
  total=$(echo "$line" | sed -nE 's/.*out of ([0-9]+).*/\1/p')
  fail=$(echo "$line" | sed -nE 's/.*passed, ([0-9]+) tests failed.*/\1/p')
  add_counts "$([ -n "$total" ] && echo $((total - fail)))" "$fail"
}
count_node() {  # node --test, spec or TAP reporter
  add_counts "$(grep -aE '^(# |ℹ )pass [0-9]+' "$1" | tail -1 | awk '{print $3}')" \
             "$(grep -aE '^(# |ℹ )fail [0-9]+' "$1" | tail -1 | awk '{print $3}')"
}
count_plain() {  # a closing "N passed, N failed" line
  local line
  line=$(grep -aE '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 || true)
  add_counts "$(echo "$line" | awk '{print $1}')" "$(echo "$line" | awk '{print $3}')"
}

step "Build: desktop program, CLI, unit tests, benchmarks"
cmake --preset native >/dev/null
cmake --build --preset native -j2

step "Build: web page"
emcmake cmake --preset web >/dev/null
cmake --build --preset web -j2

status=0
step "Unit, CLI and desktop tests (ctest)"
ctest --preset native -j2 2>&1 | tee "$LOGS/ctest.log" || status=1
count_ctest "$LOGS/ctest.log"

if [ -x tests/schema/run.sh ]; then
  step "Plan files against the JSON Schema"
  tests/schema/run.sh 2>&1 | tee "$LOGS/schema.log" || status=1
  count_plain "$LOGS/schema.log"
fi

step "Web page in headless Chromium"
(cd tests/browser && npm test) 2>&1 | tee "$LOGS/browser.log" || status=1
count_node "$LOGS/browser.log"

if [ -f tests/fuzz/CMakeLists.txt ]; then
  step "Fuzzing the plan loader (about a minute)"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j2
  ctest --preset fuzz 2>&1 | tee "$LOGS/fuzz.log" || status=1
  count_ctest "$LOGS/fuzz.log"
fi

step "Canvas benchmark: one frame natively and in wasm"
tests/tools/canvas-bench.sh build/native build/web || echo "(the canvas benchmark did not run)"

step "Download size of the web page"
tests/tools/size.sh build/web/site

elapsed=$(( $(date +%s) - started ))
echo
echo "All tests took ${elapsed}s."
echo "Total: $passed passed, $failed failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]
