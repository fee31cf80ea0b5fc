#!/usr/bin/env bash
# Installs gitleaks, pinned, from the Go module proxy into .cache/bin (ignored by git), for the
# history benchmark (scripts/bench-history.sh). A second run with the same pin does nothing.
# Prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=v8.30.1
bin="$PWD/.cache/bin/gitleaks"
stamp="$PWD/.cache/bin/.gitleaks-version"
if [ -x "$bin" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$VERSION" ]; then
  echo "$bin"
  exit 0
fi
mkdir -p .cache/bin
GOBIN="$PWD/.cache/bin" go install "github.com/zricethezav/gitleaks/v8@$VERSION"
echo "$VERSION" > "$stamp"
echo "$bin"
