#!/usr/bin/env bash
# The desktop program driven as people drive it: the window system's own mouse and keyboard (XTest,
# through xdotool) under Xvfb, with human timing. Presses held 0, 20, 150 and 300 ms on a card, on
# the background and on the File menu: the program answers each one and then goes back to sleep.
# A card dragged to another change; a title typed straight after N (40 ms a key) with Enter and
# Ctrl+S in the same burst; Welsh letters typed with AltGr on the UK Extended layout, in a title
# and in "Who leads it". The plan is saved over a copy of a plan file and read back.
#   real_input.sh COPLAN OUT_DIR
set -euo pipefail
coplan=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${COPLAN_IN_XVFB:-}" ]; then
  # -noreset: the X server keeps the keyboard layout set below (it resets when a client leaves).
  exec env COPLAN_IN_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24 -noreset" "$0" "$@"
fi
mkdir -p "$out"
rm -rf "$out/home" "$out/geometry.json"
plan="$out/plan.coplan.json"
cp "$here/../data/good/workshop.coplan.json" "$plan"
chmod u+w "$plan"

fail() {
  echo "FAILED: $*"
  echo "geometry: $(cat "$out/geometry.json" 2>/dev/null)"
  exit 1
}

setxkbmap -layout gb -variant extd  # AltGr is ISO_Level3_Shift on the right Alt key, as on Welsh typists' keyboards
[ "$(setxkbmap -query | awk '/variant/ {print $2}')" = extd ] || fail "the UK Extended layout could not be set"
export LANG=C.UTF-8                 # the window system composes dead keys (AltGr+6, then w: ŵ) for UTF-8 locales

XDG_STATE_HOME="$out/home/state" XDG_CONFIG_HOME="$out/home/config" XDG_DATA_HOME="$out/home/data" \
  "$coplan" "$plan" --geometry "$out/geometry.json" 2>"$out/stderr.txt" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

# q EXPR: a Python expression over the geometry the program last wrote (g).
q() { python3 -c "import json, sys; g = json.load(open(sys.argv[1])); print($1)" "$out/geometry.json"; }

# until_true EXPR WHAT: waits up to 5 s for EXPR to hold.
until_true() {
  for _ in $(seq 50); do
    [ -f "$out/geometry.json" ] && [ "$(q "$1" 2>/dev/null)" = True ] && return 0
    sleep 0.1
  done
  fail "$2"
}

# The program's CPU time, in clock ticks.
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

# After input the program goes back to sleep within a few seconds: some 0.4 s in which it used under
# a thirtieth of a core (one that stopped reading input spins at a third of a core or more for good).
sleeps() {
  local a b
  for _ in $(seq 12); do
    a=$(ticks)
    sleep 0.4
    b=$(ticks)
    [ $((b - a)) -le $(($(getconf CLK_TCK) * 3 / 100)) ] && return 0
  done
  fail "still busy 5 s after $1 ($((b - a)) ticks in the last 0.4 s): it stopped reading input"
}

# press X Y SECONDS: moves there, waits, presses the left button and holds it, then lets go.
press() {
  xdotool mousemove "$1" "$2"
  sleep 0.1
  xdotool mousedown 1
  [ "$3" = 0 ] || sleep "$3"
  xdotool mouseup 1
}

until_true "len(g['canvas']['cards']) == 3" "the plan did not open"
card=$(q "' '.join(str(int(v)) for v in g['canvas']['cards']['a1'])")
read -r cx cy cw ch <<<"$card"
cx=$((cx + cw / 2)) cy=$((cy + ch / 2))
read -r fx fy fw fh <<<"$(q "' '.join(str(v) for v in g['places']['File'])")"
fx=$((fx + fw / 2)) fy=$((fy + fh / 2))
bx=600 by=760  # below the lanes: the background

for held in 0 0.02 0.15 0.3; do
  press $cx $cy $held
  until_true "g['canvas']['focused'] == 'a1'" "a press held ${held}s on a card did not select it"
  sleeps "a press held ${held}s on a card"
  press $bx $by $held
  until_true "g['canvas']['focused'] == ''" "a press held ${held}s on the background did not clear the selection"
  sleeps "a press held ${held}s on the background"
  press $fx $fy $held
  until_true "g['popup']" "a press held ${held}s on the File button did not open its menu"
  sleeps "a press held ${held}s on the File button"
  xdotool key Escape
  until_true "not g['popup']" "Escape did not close the File menu"
done
echo "presses held 0, 20, 150 and 300 ms on a card, the background and the File menu: answered, then idle"

# Drag the café card to "Leading the lives we want to live", in small steps at human speed.
read -r lx _ lw _ <<<"$(q "' '.join(str(int(v)) for v in g['canvas']['lanes'][2])")"
tx=$((lx + lw / 2))
xdotool mousemove $cx $cy
sleep 0.1
xdotool mousedown 1
sleep 0.15
for i in $(seq 1 15); do
  xdotool mousemove $((cx + (tx - cx) * i / 15)) $cy
  sleep 0.02
done
sleep 0.1
xdotool mouseup 1
until_true "abs(g['canvas']['cards']['a1'][0] + g['canvas']['cards']['a1'][2] / 2 - $tx) < $lw / 2" \
  "the dragged card did not land in the third change"
sleeps "a drag"
echo "a card dragged to another change landed there"

# N and a title typed straight away, 40 ms a key; Enter and Ctrl+S arrive in one burst.
xdotool key n
xdotool type --delay 40 "Tea and cake"
xdotool key --delay 0 Return ctrl+s
until_true "not g['typing']" "the title was not finished"
sleep 1
python3 - "$plan" <<'EOF' || fail "the saved plan is wrong (above)"
import json, sys
plan = json.load(open(sys.argv[1]))
live = [a for a in plan["actions"] if not a.get("deleted")]
cafe = next(a for a in live if a["id"] == "a1")
assert cafe["changes"] == ["ch3"], f"the dragged card serves {cafe['changes']}, not ch3"
new = [a for a in live if a["id"] not in ("a1", "a2", "a3", "a4")]
assert [a["title"] for a in new] == ["Tea and cake"], f"new actions: {[a['title'] for a in new]}"
assert new[0]["changes"] == ["ch3"], f"the new action went to {new[0]['changes']}"
notes = [n for n in plan.get("notes", []) if not n.get("deleted")]
assert all(n["text"] != "ea and cake" for n in notes), "a T typed into the title made a note"
assert len(notes) == 2, f"{len(notes)} notes: {[n['text'] for n in notes]}"
EOF
echo "N then typing at 40 ms a key made one titled card; Enter and Ctrl+S in one burst saved it"

# AltGr on the UK Extended layout: AltGr+6 is a dead circumflex. Welsh letters in a title, and
# AltGr alone (pressed and let go) in the middle of typing changes nothing.
altgr() {  # AltGr (the right Alt key, keycode 108) held around KEY, or pressed alone
  xdotool keydown 108
  [ -z "${1:-}" ] || xdotool key "$1"
  xdotool keyup 108
}
altgr_welsh() {  # types "Ŵ ŷ â": AltGr+6 is a dead circumflex
  altgr 6
  xdotool key shift+w space
  altgr 6
  xdotool key y space
  altgr 6
  xdotool key a
}
xdotool key n
sleep 0.3
xdotool type --delay 40 "Caffi q"
altgr
xdotool type --delay 40 "r "
altgr_welsh
xdotool key Return
until_true "not g['typing']" "the Welsh title was not finished"
sleep 0.3

# "Who leads it" in the details of the card (the new card is selected).
until_true "'Who leads it' in g['places']" "the details of the new card are not shown"
read -r wx wy ww wh <<<"$(q "' '.join(str(v) for v in g['places']['Who leads it'])")"
press $((wx + ww / 2)) $((wy + wh / 2)) 0.1
until_true "g['typing']" "a click on Who leads it did not start typing"
xdotool type --delay 40 "Priya a"
altgr
xdotool type --delay 40 "b "
altgr_welsh
xdotool key Return
until_true "not g['typing']" "the lead was not finished"
xdotool key ctrl+s
sleep 1
python3 - "$plan" <<'EOF' || fail "the saved plan is wrong (above)"
import json, sys
plan = json.load(open(sys.argv[1]))
live = [a for a in plan["actions"] if not a.get("deleted")]
welsh = [a for a in live if a["title"].startswith("Caffi")]
assert [a["title"] for a in welsh] == ["Caffi qr Ŵ ŷ â"], f"titles: {[a['title'] for a in live]}"
assert welsh[0].get("lead") == "Priya ab Ŵ ŷ â", f"lead: {welsh[0].get('lead')!r}"
EOF
echo "with AltGr on the UK Extended layout, Ŵ ŷ â reached a title and Who leads it, and AltGr alone lost nothing"
sleeps "typing"
