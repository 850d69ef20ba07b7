#!/usr/bin/env bash
# Text typed and not finished is kept: the desktop program under Xvfb, driven with the window
# system's own keyboard (XTest through xdotool). A new card's title is typed for about two seconds
# and the program is killed (SIGKILL) two seconds after it has the last letter, without Enter.
# Started again, it offers to recover the changes; recovered and saved, the plan file has the card
# with all that was typed.
#   keep_typing.sh COPLAN OUT_DIR
set -euo pipefail
coplan=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${COPLAN_IN_XVFB:-}" ]; then
  exec env COPLAN_IN_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
mkdir -p "$out"
rm -rf "$out/home" "$out/geometry.json"
plan="$out/plan.coplan.json"
cp "$here/../data/good/workshop.coplan.json" "$plan"
chmod u+w "$plan"
export XDG_STATE_HOME="$out/home/state" XDG_CONFIG_HOME="$out/home/config" XDG_DATA_HOME="$out/home/data"
typed="Tea and cake for everyone"

fail() {
  echo "FAILED: $*"
  echo "geometry: $(cat "$out/geometry.json" 2>/dev/null)"
  exit 1
}
q() { python3 -c "import json, sys; g = json.load(open(sys.argv[1])); print($1)" "$out/geometry.json"; }
until_true() {  # EXPR WHAT: waits up to 10 s for EXPR to hold
  local end=$(($(date +%s) + 10))
  while [ "$(date +%s)" -le $end ]; do
    [ -f "$out/geometry.json" ] && [ "$(q "$1" 2>/dev/null)" = True ] && return 0
    sleep 0.1
  done
  fail "$2"
}
centre() { q "' '.join(str(int(v[0] + v[2] / 2)) + ' ' + str(int(v[1] + v[3] / 2)) for v in [$1])"; }

"$coplan" "$plan" --geometry "$out/geometry.json" 2>"$out/stderr.txt" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until_true "len(g['canvas']['cards']) == 3" "the plan did not open"
# The window, as the window system lists it, names the plan.
named() { xdotool search --name "^Anytown: a better social care future .* Coplan\$" >/dev/null; }
for _ in $(seq 50); do named && break; sleep 0.1; done
named || fail "the window title does not name the plan"
sleep 1.5  # opened and kept
read -r lx ly <<<"$(centre "g['canvas']['lanes'][3]")"
xdotool mousemove "$lx" "$ly" click 1
sleep 0.3
xdotool key n
until_true "g['typing']" "N did not start a new card's title"
xdotool type --delay 80 "$typed"
# Measured from when the program holds the last letter: a busy machine may read keys late.
until_true "g['typed'] == ${#typed}" "the program did not read all that was typed"
sleep 2
kill -9 $pid
wait $pid 2>/dev/null || true
echo "typed \"$typed\" for $(( ${#typed} * 80 )) ms, then killed the program two seconds after it had the last letter"

rm -f "$out/geometry.json"
"$coplan" --geometry "$out/geometry.json" 2>>"$out/stderr.txt" &
pid=$!
until_true "'Recover unsaved changes' in g['places']" "the program did not offer to recover the changes"
read -r rx ry <<<"$(centre "g['places']['Recover unsaved changes']")"
xdotool mousemove "$rx" "$ry" click 1
until_true "len(g['canvas']['cards']) == 4" "the recovered plan does not have the new card"
sleep 0.3
xdotool key ctrl+s
sleep 1
python3 - "$plan" "$typed" <<'PY' || fail "the saved plan is wrong (above)"
import json, sys
plan, typed = json.load(open(sys.argv[1])), sys.argv[2]
new = [a for a in plan["actions"] if not a.get("deleted") and a["id"] not in ("a1", "a2", "a3", "a4")]
assert len(new) == 1, f"new actions: {[a['title'] for a in new]}"
title = new[0]["title"]
assert typed.startswith(title), f"the title {title!r} is not what was typed"
assert title == typed, f"only {title!r} was kept of {typed!r}: more than two seconds of typing was lost"
print(f"recovered and saved the title {title!r}")
PY
echo "the title being typed when the program was killed was recovered"
