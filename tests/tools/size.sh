#!/usr/bin/env bash
# Prints the gzipped size of every file the page downloads, and the total.
set -euo pipefail
site=${1:-build/web/site}
total=0
for f in "$site"/*; do
  [ -f "$f" ] || continue
  n=$(gzip -9c "$f" | wc -c)
  total=$((total + n))
  awk -v n="$n" -v f="$(basename "$f")" 'BEGIN { printf "%8.1f KB  %s\n", n / 1024, f }'
done
awk -v n="$total" 'BEGIN { printf "%8.1f KB  total, gzipped (budget 400 KB)\n", n / 1024 }'
