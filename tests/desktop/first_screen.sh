#!/usr/bin/env bash
# The desktop program in a real window under Xvfb: it draws the new plan (the vision and the five
# key changes, read back from a screenshot by OCR), and a plan file given on the command line
# (its title and actions), and exits cleanly after a set number of frames.
#   first_screen.sh COPLAN OUT_DIR
set -euo pipefail
coplan=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"

# Writes the binary PPM image IN at twice its width and height to OUT.
double_size() {
  python3 - "$1" "$2" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
magic, size, depth, pixels = data.split(b"\n", 3)
w, h = map(int, size.split())
rows = []
for y in range(h):
    row = pixels[y * w * 3:(y + 1) * w * 3]
    wide = b"".join(row[i:i + 3] * 2 for i in range(0, len(row), 3))
    rows += [wide, wide]
open(sys.argv[2], "wb").write(b"P6\n%d %d\n%s\n" % (2 * w, 2 * h, depth) + b"".join(rows))
PY
}

# Runs coplan with ARGS under Xvfb and checks that each of WORDS is on screen.
#   shows NAME "ARGS" WORDS...
shows() {
  local name=$1 args=$2
  shift 2
  rm -f "$out/$name.ppm"
  # A fresh start: plans kept on this machine by earlier runs must not change the screen.
  rm -rf "$out/home"
  XDG_STATE_HOME="$out/home/state" XDG_CONFIG_HOME="$out/home/config" XDG_DATA_HOME="$out/home/data" \
    xvfb-run -a -s "-screen 0 1280x800x24" "$coplan" $args --frames 20 --screenshot "$out/$name.ppm"
  local text squashed wanted missing=0
  # Read at its own size and at twice the size: the canvas's lane headings are small, and a
  # reading at one size can miss a heading the other reads.
  double_size "$out/$name.ppm" "$out/$name-x2.ppm"
  text=$({ tesseract "$out/$name.ppm" stdout; tesseract "$out/$name-x2.ppm" stdout; } 2>/dev/null | tr -s '[:space:]' ' ')
  squashed=$(echo "$text" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')  # OCR often drops spaces
  for words in "$@"; do
    wanted=$(echo "$words" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')
    if [[ "$squashed" != *"$wanted"* ]]; then
      echo "$name: missing on screen: $words"
      missing=1
    fi
  done
  if [ $missing = 1 ]; then
    echo "tesseract read: $text"
    exit 1
  fi
}

shows first-screen "" "Our vision" "place we call home" "Communities where everyone belongs" \
  "Leading the lives we want to live" "More resources, better used" "Sharing power as equals"
echo "the desktop program drew the vision and the five key changes"

shows plan-file "$here/../data/good/workshop.coplan.json" "Anytown: a better social care future" \
  "Opened" "Getting about" "Sharing power as equals"
echo "the desktop program opened and drew the plan file given on its command line"
