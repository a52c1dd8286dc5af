#!/usr/bin/env bash
# One command from a fresh clone to a built extension (and everything the tests need):
# Debian's Chromium, Firefox ESR and a CJK font when missing, the npm packages from the lockfile,
# then both browser builds and their store zips.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the builds do not need but the browser tests do (and a font so screenshots show Chinese).
need=()
for package in chromium firefox-esr fonts-wqy-microhei; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm run build
