#!/usr/bin/env bash
# Debian packages CaseSafe needs beyond Python: Pango for PDF exports (WeasyPrint), and
# Chromium for the browser tests. Installs them when run as root on Debian; otherwise
# prints the one command to run.
set -euo pipefail
purpose=${1:-run}
packages=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
if [ "$purpose" = "test" ]; then
  packages+=(chromium)
fi
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "CaseSafe needs these system packages: ${missing[*]}" >&2
  echo "Run:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
