#!/usr/bin/env bash
# Prints the canvas benchmark's figures natively and in wasm (the same program, built with the
# web page's flags and run by node), side by side with their ratio. A few seconds.
#   canvas-bench.sh NATIVE_BUILD_DIR WEB_BUILD_DIR [FRAMES]
set -euo pipefail
native="$1/tests/bench/canvas_bench"
web="$2/tests/bench/canvas_bench.js"
frames=${3:-30}
[ -x "$native" ] || { echo "no native canvas_bench in $1"; exit 1; }
[ -f "$web" ] || { echo "no wasm canvas_bench in $2"; exit 1; }
native_out=$("$native" "$frames")
web_out=$(node --no-experimental-fetch "$web" "$frames")
echo "One canvas frame (CPU, UI only), 1920x1080, median of $frames frames; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%8s %8s %12s %12s %8s\n' cards view "native ms" "wasm ms" ratio
# Rows are "cards view median p95 vertices"; join the two runs on cards and view.
awk 'NR == FNR { if ($1 ~ /^[0-9]+$/) native[$1 " " $2] = $3; next }
     $1 ~ /^[0-9]+$/ && ($1 " " $2) in native {
       n = native[$1 " " $2]; printf "%8s %8s %12.3f %12.3f %7.1fx\n", $1, $2, n, $3, (n > 0 ? $3 / n : 0) }' \
  <(echo "$native_out") <(echo "$web_out")
