#!/usr/bin/env bash
# Checks plan files against the JSON Schema. Installs the checker's npm packages on first use.
# COPLAN_CLI may name the coplan-cli to use (default: the newest build/*/src/cli/coplan-cli).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/ajv ] || [ ! -d node_modules/ajv-formats ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node validate.mjs
