#!/usr/bin/env bash
# Installs what the test suites need beyond npm packages: Debian's chromium, ripgrep and krb5 headers, then code-server.
# Idempotent and quick when everything is present; `npm test` runs it first so a fresh clone needs no manual step.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(chromium ripgrep libkrb5-dev)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "[install-test-deps] installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "[install-test-deps] missing Debian packages: ${missing[*]}" >&2
    echo "[install-test-deps] install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

bash scripts/install-code-server.sh
