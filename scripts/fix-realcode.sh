#!/usr/bin/env bash
# Proof of the keyless fixes on real code: copies CORPUS (a materialized tree of real
# repositories, one directory per repository) to a temporary directory, applies keylint --fix,
# checks every changed file with the real tools (py_compile, pyflakes, tsc against the real
# SDKs, go build against the real modules, javac and mcs against SDK stubs, tree-sitter
# re-parse), fixes a second time, and prints a table per language (docs/FIXES.md).
#
#   scripts/fix-realcode.sh CORPUS [--details]
#
# Installs what it needs first: pyflakes, patch and mcs from Debian (scripts/setup-checkers.sh,
# needs root; mcs is optional), tsc and the npm SDKs (scripts/setup-tsc.sh). Go modules come
# from the Go module proxy. Exit status 1 when a check failed or a second --fix changed a file.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
[ $# -ge 1 ] || { echo "usage: $0 CORPUS [--details]" >&2; exit 2; }
corpus=$1
shift
[ -d "$corpus" ] || { echo "fix-realcode: $corpus is not a directory" >&2; exit 2; }

./scripts/setup-checkers.sh || echo "fix-realcode: some checkers are missing; their checks count as not applicable" >&2
./scripts/setup-tsc.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/keylint-realcode-XXXXXX")
bin="$work/bin"
mkdir -p "$bin"
go build -o "$bin/keylint" ./cmd/keylint
go build -o "$bin/reparse" ./scripts/reparse

cs_stubs=""
if command -v mcs >/dev/null; then
  mcs -target:library -nowarn:1591 -out:"$bin/stubs.dll" analyzers/testdata/stubs/csharp/Azure.cs >/dev/null
  cs_stubs="$bin/stubs.dll"
fi

python3 scripts/fix_realcode.py "$corpus" --work "$work" --keylint "$bin/keylint" --reparse "$bin/reparse" \
  --tsc-root "$repo/.cache/tsc" --java-stubs "$repo/analyzers/testdata/stubs/java" --cs-stubs "$cs_stubs" "$@"
