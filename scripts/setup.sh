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

# pnpm's output minus its progress and the list of what it added: every warning and error
# (boxed ones included) is shown whole; a clean install prints one line.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! pnpm install --frozen-lockfile --reporter=append-only >"$log" 2>&1; then
  cat "$log"
  echo "setup: pnpm install failed" >&2
  exit 1
fi
grep -v -E '^(Progress: |Scope: |Lockfile is up to date|Already up to date|Packages: |\++$|(dev|optional)?[dD]ependencies:$|[+-] |Done in |$)' "$log" || true
echo "setup: dependencies installed ($(grep -E '^Done in ' "$log" || echo done))"
