#!/usr/bin/env bash
# Browser and PDF tests need Debian's Chromium and poppler-utils (Puppeteer cannot download its own
# browser on a closed network). Installs them when missing and we are root; otherwise says how.
set -euo pipefail
missing=()
command -v "${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v pdfsig >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} from Debian's packages..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing system packages: ${missing[*]}" >&2
echo "Install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
echo "(or set PUPPETEER_EXECUTABLE_PATH to an existing Chromium)" >&2
exit 1
