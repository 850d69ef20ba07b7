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

# Debian packages the build, the app and the tests need.
APT_PACKAGES=(
  build-essential cmake ninja-build clang libclang-rt-14-dev git ca-certificates xz-utils
  python3 python3-fonttools
  libglfw3-dev libgl1-mesa-dev libgl1-mesa-dri libgtest-dev googletest nlohmann-json3-dev
  xvfb xauth chromium tesseract-ocr tesseract-ocr-eng
  fonts-noto-core fonts-fork-awesome
  xdotool
  x11-xkb-utils
)
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
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
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

# Dear ImGui's pinned source: Debian 13's source package, fetched without touching /etc/apt.
fetch_imgui() {
  [ -f "$TP/imgui/imgui.cpp" ] && { say "Dear ImGui $IMGUI_VERSION: present"; return; }
  local priv="$TP/.apt-imgui" tarball
  mkdir -p "$priv/parts" "$priv/lists/partial" "$priv/download"
  if command -v apt-get >/dev/null 2>&1 && [ -f /etc/apt/sources.list.d/debian.sources ]; then
    local uri keyring
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    keyring=$(awk '/^Signed-By:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' \
      "$uri" "$keyring" >"$priv/parts/trixie-src.sources"
    local o=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$priv/parts"
             -o "Dir::State::Lists=$priv/lists" -o APT::Sandbox::User=root)
    apt-get "${o[@]}" update -qq >/dev/null
    (cd "$priv/download" && apt-get "${o[@]}" source --download-only -qq "imgui=${IMGUI_VERSION}+ds-1" >/dev/null)
    tarball=$(ls "$priv"/download/imgui_"${IMGUI_VERSION}"+ds.orig.tar.* | head -1)
    mkdir -p "$TP/imgui.tmp" && tar -xf "$tarball" -C "$TP/imgui.tmp" --strip-components=1
  else
    git clone --depth 1 --branch "v$IMGUI_VERSION" https://github.com/ocornut/imgui.git "$TP/imgui.tmp"
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

install_node_modules() {
  local dir
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
  install_node_modules
}

setup
case "${1:-}" in
  "") say "ready" ;;
  run) shift; exec "$ROOT/tests/tools/run.sh" "$@" ;;
  test) shift; exec "$ROOT/tests/tools/test-all.sh" "$@" ;;
  *) die "unknown command '$1' (use: run, run desktop, test)" ;;
esac
