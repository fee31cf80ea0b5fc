#!/usr/bin/env bash
# Installs what the HTML report's end-to-end test drives: Debian's chromium (and
# chromium-driver, for anyone who wants WebDriver), when they are missing. The test talks to
# chromium over the DevTools protocol (github.com/chromedp/chromedp, pinned in go.mod), so the
# browser is the only install. Debian's security archive replaces chromium builds rather than
# keeping old ones, so the pin is a major-version floor, checked after the install.
set -euo pipefail

MIN_MAJOR=120

find_chromium() {
  command -v chromium || command -v chromium-browser || true
}

if [ -z "$(find_chromium)" ]; then
  run=()
  [ "$(id -u)" = 0 ] || run=(sudo)
  "${run[@]}" apt-get update -qq
  "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver fonts-dejavu-core >/dev/null
fi
bin=$(find_chromium)
[ -n "$bin" ] || { echo "setup-chromium: chromium not found after install" >&2; exit 1; }
version=$("$bin" --version)
major=$(echo "$version" | grep -oE '[0-9]+' | head -1)
if [ "${major:-0}" -lt "$MIN_MAJOR" ]; then
  echo "setup-chromium: $version is older than $MIN_MAJOR" >&2
  exit 1
fi
echo "setup-chromium: $version ($bin)"
