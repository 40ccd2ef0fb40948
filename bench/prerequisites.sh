#!/usr/bin/env bash
# Installs what the benchmark needs beyond the test prerequisites: wrk (the load generator, Debian package) and the
# npm packages of the botbuilder-JS echo bot it compares against. Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wrk
fi
if [ ! -d bench/echo-bot/node_modules ] || [ bench/echo-bot/package-lock.json -nt bench/echo-bot/node_modules/.package-lock.json ]; then
  npm ci --prefix bench/echo-bot --no-audit --no-fund --loglevel=error
fi
