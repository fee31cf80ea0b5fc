#!/usr/bin/env bash
# Installs, from Debian, the checkers the fix tests and scripts/fix-realcode.sh run on fixed
# code: pyflakes (new undefined names in Python), patch (diffs apply), and mcs (C#) when the
# Debian mirror has it. javac comes with the JDK. Needs root (apt-get); does nothing when all
# are there.
set -euo pipefail
need=()
command -v pyflakes3 >/dev/null || need+=(python3-pyflakes)
command -v patch >/dev/null || need+=(patch)
command -v mcs >/dev/null || need+=(mono-mcs)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "setup-checkers: need root to apt-get install ${need[*]}" >&2
  exit 1
fi
apt-get update -qq >/dev/null || true
for pkg in "${need[@]}"; do
  # mono-mcs is optional: without it C# is only re-parsed.
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null; then
    [ "$pkg" = mono-mcs ] && { echo "setup-checkers: mono-mcs not available; C# will only be re-parsed" >&2; continue; }
    echo "setup-checkers: could not install $pkg" >&2
    exit 1
  fi
done
