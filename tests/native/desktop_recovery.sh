#!/usr/bin/env bash
# The desktop program offers to recover changes that were kept but never saved to a file (as a
# crash or power cut leaves them) without hiding the plan, read back from a screenshot under
# Xvfb; and with a plan file
# on the command line it opens it, remembers it in the recent files and keeps its copy id.
#   desktop_recovery.sh COPLAN OUT_DIR
set -euo pipefail
coplan=$1
out=$2
rm -rf "$out" && mkdir -p "$out/state/coplan/plan" "$out/config/coplan"
export XDG_STATE_HOME="$out/state" XDG_CONFIG_HOME="$out/config"
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data/good/workshop.coplan.json"

# 1. A plan file on the command line: opened, kept, remembered.
xvfb-run -a -s "-screen 0 1280x800x24" "$coplan" "$data" --frames 10
grep -q "workshop.coplan.json" "$out/config/coplan/settings.json" || { echo "recent files not kept"; exit 1; }
copy=$(sed -nE 's/.*"copy_id": "([0-9a-f]+)".*/\1/p' "$out/config/coplan/settings.json")
[ -n "$copy" ] || { echo "no copy id kept"; exit 1; }
ls "$out/state/coplan/plan/"*.json >/dev/null || { echo "the opened plan was not kept"; exit 1; }

# 2. What a crash leaves: the last plan kept with changes not saved to a file.
key=$(ls "$out/state/coplan/plan/" | head -1 | sed 's/\.json$//')
cat > "$out/state/coplan/index.json" <<JSON
{"format": "coplan-library", "version": 1, "plans": [{"key": "plan/$key", "title": "Anytown: changed after the crash",
 "place": "Anytown", "changed_at": "2026-11-23T10:00:00Z", "file": "$data", "unsaved": true, "deleted_at": "", "versions": []}]}
JSON
sed -i -E "s#\"last_plan\": \"[^\"]*\"#\"last_plan\": \"plan/$key\"#" "$out/config/coplan/settings.json"
rm -f "$out/recover.ppm"
xvfb-run -a -s "-screen 0 1280x800x24" "$coplan" --frames 20 --screenshot "$out/recover.ppm"
text=$(tesseract "$out/recover.ppm" stdout 2>/dev/null | tr -s '[:space:]' ' ')
squashed=$(echo "$text" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')
for words in "Recover unsaved changes" "Coplan closed before the changes" "changed after the crash" \
  "Our vision" "Sharing power as equals"; do
  wanted=$(echo "$words" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')
  if [[ "$squashed" != *"$wanted"* ]]; then
    echo "missing on screen: $words"
    echo "tesseract read: $text"
    exit 1
  fi
done
grep -q "\"copy_id\": \"$copy\"" "$out/config/coplan/settings.json" || { echo "the copy id changed between runs"; exit 1; }
echo "the desktop program kept the plan and offered to recover it"
