#!/usr/bin/env bash
# Runs every fuzz target for a while: scripts/fuzz.sh [TIME] [TARGET-REGEX]
#   TIME defaults to 10m per target (the bar for a release); CI passes a few seconds.
#   Targets run one after another; a failing input is kept under the package's
#   testdata/fuzz/<Target>/ (commit it: it becomes a regression test) and the script fails.
# Prints one line per target: package, target, time, executions, result.
set -uo pipefail
cd "$(dirname "$0")/.."
time=${1:-10m}
only=${2:-.}

# Every (package, target) pair: two packages may both have a FuzzCheck.
# The project's own test files only: .cache holds other checkouts (pre-commit's clone of this
# repository, made by scripts/e2e-precommit.sh).
tests=$(git ls-files '*_test.go' 2>/dev/null || find . -name '*_test.go' -not -path './.cache/*')
pairs=$(grep -HE '^func Fuzz[A-Za-z0-9_]+\(f \*testing\.F\)' $tests | sed 's|^|./|' |
  sed -E 's|^(.*)/[^/]+_test\.go:func (Fuzz[A-Za-z0-9_]+).*|\1 \2|' | sort -u)
status=0
printf '%-40s %-16s %-8s %12s  %s\n' package target time execs result
while read -r pkg target; do
  [ -n "$target" ] || continue
  [[ "$target" =~ $only ]] || continue
  log=$(mktemp)
  if go test -run '^$' -fuzz "^${target}\$" -fuzztime "$time" "$pkg" >"$log" 2>&1; then
    result=ok
  else
    result=FAIL
    status=1
  fi
  execs=$(grep -oE 'execs: [0-9]+' "$log" | tail -n1 | awk '{print $2}')
  printf '%-40s %-16s %-8s %12s  %s\n' "$pkg" "$target" "$time" "${execs:-?}" "$result"
  if [ "$result" = FAIL ]; then
    grep -E -- '--- FAIL|Error|panic|Failing input|go test -run' "$log" | head -n 20 | sed 's/^/    /'
  fi
  rm -f "$log"
done <<<"$pairs"
exit $status
