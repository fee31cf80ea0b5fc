#!/usr/bin/env bash
# The project's test command (README, .ci/run): formatting, vet, staticcheck and every test.
set -euo pipefail
cd "$(dirname "$0")/.."

STATICCHECK_VERSION=v0.8.2

# testdata holds Go files that do not parse on purpose; gofmt would print their errors.
gofiles=$(git ls-files '*.go' 2>/dev/null | grep -v '\(^\|/\)testdata/' || find . -name '*.go' -not -path '*/testdata/*')
unformatted=$(gofmt -l $gofiles)
if [ -n "$unformatted" ]; then
  echo "gofmt would change:" >&2
  echo "$unformatted" >&2
  exit 1
fi
go vet ./...
go run "honnef.co/go/tools/cmd/staticcheck@${STATICCHECK_VERSION}" ./...
go test -count=1 ./...
