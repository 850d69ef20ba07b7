#!/usr/bin/env bash
# The desktop program in a real window under Xvfb: it draws the new plan (the vision and the five
# key changes, read back from a screenshot by OCR) and exits cleanly after a set number of frames.
#   first_screen.sh COPLAN OUT_DIR
set -euo pipefail
coplan=$1
out=$2
mkdir -p "$out"
rm -f "$out/first-screen.ppm"
# A fresh start: plans kept on this machine by earlier runs must not change the first screen.
rm -rf "$out/home"
export XDG_STATE_HOME="$out/home/state" XDG_CONFIG_HOME="$out/home/config" XDG_DATA_HOME="$out/home/data"
xvfb-run -a -s "-screen 0 1280x800x24" "$coplan" --frames 20 --screenshot "$out/first-screen.ppm"
text=$(tesseract "$out/first-screen.ppm" stdout 2>/dev/null | tr -s '[:space:]' ' ')
squashed=$(echo "$text" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')  # OCR often drops spaces
missing=0
for words in "Our vision" "place we call home" "Communities where everyone belongs" \
  "Leading the lives we want to live" "More resources, better used" "Sharing power as equals"; do
  wanted=$(echo "$words" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')
  if [[ "$squashed" != *"$wanted"* ]]; then
    echo "missing on screen: $words"
    missing=1
  fi
done
if [ $missing = 1 ]; then
  echo "tesseract read: $text"
  exit 1
fi
echo "the desktop program drew the vision and the five key changes"
