#!/usr/bin/env bash
# Installs test prerequisites that are not already present. Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=()
# (capabilities add their apt packages here)
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
