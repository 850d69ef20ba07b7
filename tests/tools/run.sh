#!/usr/bin/env bash
# Builds and runs Coplan (called by `./emsdk-setup.sh run` after setup).
#   run.sh            the web page, served on http://127.0.0.1:8080/
#   run.sh desktop    the desktop program (extra arguments go to it, e.g. a plan file)
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs
PORT=${COPLAN_PORT:-8080}

if [ "${1:-web}" = desktop ]; then
  shift
  cmake --preset native >/dev/null
  cmake --build --preset native --target coplan
  exec build/native/src/app/coplan "$@"
fi

emcmake cmake --preset web >/dev/null
cmake --build --preset web --target coplan
echo
echo "Coplan is running at http://127.0.0.1:$PORT/  (press Ctrl+C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory build/web/site
