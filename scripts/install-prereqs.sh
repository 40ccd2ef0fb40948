#!/usr/bin/env bash
# Installs test prerequisites that are not already present. Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=()
# (capabilities add their apt packages here)
apt_packages+=(chromium)   # channels: the headless browser test of the web chat page
# channels: node + npm for the Web Chat bundle and the Node tests (only when missing: a NodeSource node already has npm)
command -v npm >/dev/null 2>&1 || apt_packages+=(nodejs npm)
apt_packages+=(postgresql)   # store contract tests run on a real PostgreSQL (regions)

if [ ${#apt_packages[@]} -gt 0 ]; then
  missing=()
  for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# Channels: Microsoft's Web Chat bundle served by the bot, and the Node test tools (botbuilder, adaptivecards).
for dir in bot/webchat tests/e2e; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
done
