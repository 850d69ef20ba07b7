#!/usr/bin/env bash
# Makes this machine ready to build, run and test Coplan, then (optionally) runs it.
#   ./emsdk-setup.sh               install what is missing, nothing else
#   ./emsdk-setup.sh run           ... then build the web page and serve it on http://127.0.0.1:8080/
#   ./emsdk-setup.sh run desktop   ... then build and start the desktop program
#   ./emsdk-setup.sh test          ... then build both targets and run every test
# Safe to run again: each step checks first and does nothing when it is already done.
# Third-party sources (Dear ImGui, nlohmann_json, fonts) go into third_party/, which git ignores.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
TP="$ROOT/third_party"
IMGUI_VERSION=1.90.1
EMSDK_VERSION=3.1.6   # used only where no package manager is available

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '[setup] %s\n' "$*" >&2; exit 1; }

UBUNTU=$( (. /etc/os-release && [ "${ID:-}" = ubuntu ] || [ -n "${UBUNTU_CODENAME:-}" ]) 2>/dev/null && echo yes || true)

# Debian packages the build, the app and the tests need (Ubuntu: in main and universe).
APT_PACKAGES=(
  build-essential cmake ninja-build clang libclang-rt-dev git ca-certificates xz-utils
  python3 python3-fonttools
  libglfw3-dev libgl1-mesa-dev libgl1-mesa-dri libgtest-dev googletest nlohmann-json3-dev
  xvfb xauth tesseract-ocr tesseract-ocr-eng
  fonts-noto-core fonts-fork-awesome fonts-opendyslexic
  xdotool
  x11-xkb-utils
)
# Debian's Chromium, for the browser tests. Ubuntu has Chromium only as a snap (see check_chromium).
[ -n "$UBUNTU" ] || APT_PACKAGES+=(chromium)
# Tools that may already come from elsewhere are only installed when their command is missing.
command -v emcc >/dev/null 2>&1 || [ -n "${EMSDK:-}" ] || APT_PACKAGES+=(emscripten)
command -v node >/dev/null 2>&1 || APT_PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(npm)

install_system_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && { say "system packages: all present"; return; }
  if ! command -v apt-get >/dev/null 2>&1; then
    die "Please install these with your package manager, then run this again: ${missing[*]}"
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "Run as root, or install: sudo apt-get install ${missing[*]}"
    sudo=sudo
  fi
  say "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    die "apt-get could not install them${UBUNTU:+ (Ubuntu has several in universe: sudo add-apt-repository universe)}"
}

# The browser tests drive Chromium: Debian's package, or the program COPLAN_CHROMIUM names.
check_chromium() {
  local c
  for c in "${COPLAN_CHROMIUM:-}" /usr/bin/chromium /snap/bin/chromium; do
    [ -n "$c" ] && [ -x "$c" ] && return
  done
  say "no Chromium found: the browser tests will fail.${UBUNTU:+ Ubuntu has it only as a snap: sudo snap install chromium.}" \
      "Or set COPLAN_CHROMIUM to a Chromium or Chrome program."
}

ensure_emscripten() {
  if command -v emcc >/dev/null 2>&1; then return; fi
  if [ -n "${EMSDK:-}" ] && [ -f "$EMSDK/emsdk_env.sh" ]; then
    # shellcheck disable=SC1091
    source "$EMSDK/emsdk_env.sh" >/dev/null; return
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    say "no package manager: installing emsdk $EMSDK_VERSION into $TP/emsdk"
    [ -d "$TP/emsdk" ] || git clone --depth 1 https://github.com/emscripten-core/emsdk.git "$TP/emsdk"
    (cd "$TP/emsdk" && ./emsdk install "$EMSDK_VERSION" && ./emsdk activate "$EMSDK_VERSION")
    # shellcheck disable=SC1091
    source "$TP/emsdk/emsdk_env.sh" >/dev/null
  fi
  command -v emcc >/dev/null 2>&1 || die "emcc was not found after installing Emscripten"
}

# This machine's own archive for its release, read by apt from the package sources in either
# format (one-line /etc/apt/sources.list or deb822 *.sources). Prints "URI KEYRING", KEYRING being
# "-" when the entry names none (apt then trusts its default keyrings).
own_archive() {
  local release=$1 uri suite entry file n key
  while read -r uri suite entry; do
    case "$uri" in http:*|https:*|ftp:*|mirror*) ;; *) continue ;; esac
    if [ -n "$release" ]; then [ "$suite" = "$release" ] || continue
    else case "$suite" in *-*) continue ;; esac; fi   # no release named: skip -security, -updates
    file=${entry%:*}; n=${entry##*:}   # a line of a .list file, a stanza of a .sources file
    case "$file" in
      *.sources) key=$(awk -v n="$n" '/^#/ { next }
          /^[ \t]*$/ { if (seen) { done++; seen = 0 } next }
          { seen = 1 } done + 1 == n && tolower($1) == "signed-by:" { print $2; exit }' "$file") ;;
      *) key=$(sed -n "${n}p" "$file" | grep -oE 'signed-by=[^] ]+' | head -1 | cut -d= -f2 || true) ;;
    esac
    case "$key" in /*) ;; *) key=- ;; esac   # a key written inline is left to apt's defaults
    echo "$uri $key"; return 0
  done < <(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(SOURCESENTRY)' 2>/dev/null | sort -u)
  return 1
}

# Dear ImGui's pinned source from the distribution's source package, fetched without touching the
# machine's apt configuration: a private sources file names the machine's own archive with the
# source suite that has this version (Debian: trixie, main; Ubuntu: its own release, universe).
# Prints why when it cannot, and returns 1.
imgui_from_apt() {
  local priv=$1 id codename ubuntu dist release suite component archive uri key version tarball
  id=$(. /etc/os-release && echo "${ID:-}")
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  ubuntu=$(. /etc/os-release && echo "${UBUNTU_CODENAME:-}")
  if [ "$id" = ubuntu ] || [ -n "$ubuntu" ]; then
    dist=Ubuntu; release=${ubuntu:-$codename}; suite=$release; component=universe
  else
    dist=Debian; release=$codename; suite=trixie; component=main
  fi
  archive=$(own_archive "$release") || archive=$(own_archive "") || {
    say "no $dist archive found in this machine's package sources"; return 1; }
  uri=${archive% *}; key=${archive#* }
  mkdir -p "$priv/parts" "$priv/lists/partial" "$priv/cache/archives/partial" "$priv/download"
  { printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: %s\n' "$uri" "$suite" "$component"
    [ "$key" = - ] || printf 'Signed-By: %s\n' "$key"; } >"$priv/parts/imgui-src.sources"
  local o=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$priv/parts"
           -o "Dir::State::Lists=$priv/lists" -o "Dir::Cache=$priv/cache")
  [ "$(id -u)" = 0 ] && o+=(-o APT::Sandbox::User=root)   # apt's own user cannot write into $priv
  say "Dear ImGui $IMGUI_VERSION: looking in $dist's source packages ($uri $suite $component)"
  apt-get "${o[@]}" update -qq >"$priv/apt.log" 2>&1 || { cat "$priv/apt.log" >&2
    say "could not read $dist's source package list"; return 1; }
  version=$(apt-cache "${o[@]}" showsrc imgui 2>/dev/null | awk '/^Version:/ { print $2 }' |
            grep -E "^${IMGUI_VERSION//./\\.}(\+ds[0-9]*)?-" | head -1 || true)
  if [ -z "$version" ]; then
    local have
    have=$(apt-cache "${o[@]}" showsrc imgui 2>/dev/null | awk '/^Version:/ { print $2 }' | paste -sd, || true)
    say "$dist $suite has no imgui source package of version $IMGUI_VERSION${have:+ (only $have)}"
    return 1
  fi
  (cd "$priv/download" && apt-get "${o[@]}" source --download-only -qq "imgui=$version") \
    >"$priv/apt.log" 2>&1 || { cat "$priv/apt.log" >&2; say "could not download imgui $version"; return 1; }
  tarball=$(ls "$priv"/download/imgui_"${IMGUI_VERSION}"*.orig.tar.* 2>/dev/null | head -1)
  [ -n "$tarball" ] || { say "imgui $version has no upstream tarball"; return 1; }
  mkdir -p "$TP/imgui.tmp" && tar -xf "$tarball" -C "$TP/imgui.tmp" --strip-components=1
}

fetch_imgui() {
  [ -f "$TP/imgui/imgui.cpp" ] && { say "Dear ImGui $IMGUI_VERSION: present"; return; }
  local priv="$TP/.apt-imgui"
  rm -rf "$TP/imgui.tmp" "$priv"
  if command -v apt-get >/dev/null 2>&1 && [ -f /etc/os-release ]; then
    imgui_from_apt "$priv" || rm -rf "$TP/imgui.tmp"
  fi
  if [ ! -f "$TP/imgui.tmp/imgui.cpp" ]; then
    say "Dear ImGui $IMGUI_VERSION: cloning the v$IMGUI_VERSION tag from GitHub"
    git clone -q --depth 1 --branch "v$IMGUI_VERSION" https://github.com/ocornut/imgui.git "$TP/imgui.tmp" ||
      die "Could not fetch Dear ImGui $IMGUI_VERSION. Put its source (the v$IMGUI_VERSION tag of
  github.com/ocornut/imgui, or imgui_$IMGUI_VERSION+ds.orig.tar.xz from Debian 13 or Ubuntu 24.04
  unpacked) in $TP/imgui, then run this again."
  fi
  rm -rf "$TP/imgui" && mv "$TP/imgui.tmp" "$TP/imgui" && rm -rf "$priv"
  say "Dear ImGui $IMGUI_VERSION: fetched"
}

# nlohmann_json in a folder of its own: the web build must not see host headers.
copy_json() {
  [ -f "$TP/json/include/nlohmann/json.hpp" ] && return
  mkdir -p "$TP/json/include" && cp -r /usr/include/nlohmann "$TP/json/include/"
}

# The default typeface, cut down to the letters English and Welsh need, plus the icons we use.
subset_fonts() {
  local out="$TP/fonts" noto=/usr/share/fonts/truetype/noto
  [ -f "$out/.done" ] && return
  mkdir -p "$out"
  local latin="U+0020-007E,U+00A0-00FF,U+0100-017F,U+2018-201F,U+2022,U+2026,U+2013,U+2014,U+20AC,U+2192,U+2190,U+2191,U+2193,U+00B7"
  for face in Regular Bold; do
    /usr/bin/python3 -m fontTools.subset "$noto/NotoSans-$face.ttf" --unicodes="$latin" \
      --layout-features='kern' --no-hinting --desubroutinize --output-file="$out/NotoSans-$face.ttf"
  done
  /usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf \
    --unicodes-file="$ROOT/assets/icons.txt" --no-hinting --output-file="$out/icons.ttf"
  touch "$out/.done"
  say "fonts: subset into $out"
}

# The typefaces people can choose beyond the default, cut down to English and Welsh as Noto is:
# OpenDyslexic from Debian, Atkinson Hyperlegible from npm (published only as WOFF: its Latin and
# Latin Extended files are turned into one TrueType font). The desktop program compiles them in;
# the page fetches one only when someone chooses it.
ATKINSON_VERSION=5.3.0
extra_fonts() {
  local out="$TP/fonts-extra" tmp
  [ -f "$out/.done" ] && return
  mkdir -p "$out"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "@fontsource/atkinson-hyperlegible@$ATKINSON_VERSION" >/dev/null && tar -xzf ./*.tgz) ||
    die "could not fetch @fontsource/atkinson-hyperlegible $ATKINSON_VERSION from npm"
  local od=/usr/share/fonts/opentype/opendyslexic latin="U+0020-007E,U+00A0-00FF,U+0100-017F,U+2013-2014,U+2018-201F,U+2022,U+2026,U+20AC,U+2190-2193"
  /usr/bin/python3 - "$tmp/package/files" "$out" <<'PY'
import sys
from fontTools.ttLib import TTFont
from fontTools.merge import Merger
files, out = sys.argv[1], sys.argv[2]
for weight, name in (("400", "Regular"), ("700", "Bold")):
    parts = []
    for subset in ("latin", "latin-ext"):
        font = TTFont(f"{files}/atkinson-hyperlegible-{subset}-{weight}-normal.woff")
        font.flavor = None
        parts.append(f"{out}/{subset}-{weight}.ttf")
        font.save(parts[-1])
    Merger().merge(parts).save(f"{out}/AtkinsonHyperlegible-{name}.full.ttf")
PY
  for face in Regular Bold; do
    /usr/bin/python3 -m fontTools.subset "$out/AtkinsonHyperlegible-$face.full.ttf" --unicodes="$latin" \
      --layout-features='kern' --no-hinting --output-file="$out/AtkinsonHyperlegible-$face.ttf"
    /usr/bin/python3 -m fontTools.subset "$od/OpenDyslexic-$face.otf" --unicodes="$latin" \
      --layout-features='kern' --no-hinting --desubroutinize --output-file="$out/OpenDyslexic-$face.otf"
  done
  rm -f "$out"/*.full.ttf "$out"/latin-*.ttf
  rm -rf "$tmp"
  touch "$out/.done"
  say "fonts: OpenDyslexic and Atkinson Hyperlegible in $out"
}

install_node_modules() {
  local dir
  # Debian 12 and Ubuntu 24.04 ship Node 18 (18.20, 18.19): the npm pins work with it, and its
  # test runner has the options the browser tests are run with since 18.19.
  node --test-concurrency=1 --test-reporter=spec -e 0 >/dev/null 2>&1 ||
    die "Node.js 18.19 or newer (20.10 or newer in the 20 series) is needed for the tests; this machine's node is $(node --version)"
  for dir in tests/browser tests/schema; do
    [ -f "$dir/package.json" ] || continue
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) && touch "$dir/node_modules"
    fi
  done
}

setup() {
  install_system_packages
  ensure_emscripten
  export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs Debian's node modules
  fetch_imgui
  copy_json
  subset_fonts
  extra_fonts
  install_node_modules
  check_chromium
}

setup
case "${1:-}" in
  "") say "ready" ;;
  run) shift; exec "$ROOT/tests/tools/run.sh" "$@" ;;
  test) shift; exec "$ROOT/tests/tools/test-all.sh" "$@" ;;
  *) die "unknown command '$1' (use: run, run desktop, test)" ;;
esac
