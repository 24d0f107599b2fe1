#!/usr/bin/env bash
# Prepares a fresh Debian machine that has Node 20 and nothing else:
# pnpm (the pinned version), the workspace's dependencies, and with --browser
# Debian's Chromium for the browser tests (no tool downloads a browser of its own).
set -euo pipefail
cd "$(dirname "$0")/.."

want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want_pnpm" ]; then
  echo "setup: installing pnpm $want_pnpm"
  npm install -g "pnpm@$want_pnpm" --no-fund --no-audit --loglevel=error
fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "setup: installing Debian's chromium"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
