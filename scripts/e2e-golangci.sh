#!/usr/bin/env bash
# End-to-end: build a custom golangci-lint with the keylint module plugin, run it on
# testdata/golangci/sample, check the findings, apply --fix and build the result.
#
# golangci-lint custom clones golangci-lint from GitHub, which may be unreachable; it is served
# the module source from the Go module proxy as a local git repository instead (git's
# url.<base>.insteadOf through GIT_CONFIG_* variables, which golangci-lint passes to git).
# Takes a few minutes; .ci/run runs it when KEYLINT_E2E=1.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
GCL_VERSION=v2.15.0
export GOBIN="$repo/.cache/bin"
mkdir -p "$GOBIN"
if ! "$GOBIN/golangci-lint" --version 2>/dev/null | grep -q "version ${GCL_VERSION#v}"; then
  go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$GCL_VERSION"
fi

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

src=$(go mod download -json "github.com/golangci/golangci-lint/v2@$GCL_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
cp -r "$src" "$work/golangci-lint"
chmod -R u+w "$work/golangci-lint"
(
  cd "$work/golangci-lint"
  git init -q
  git add -A
  git -c user.name=e2e -c user.email=e2e@localhost commit -qm "golangci-lint $GCL_VERSION from the module proxy"
  git tag "$GCL_VERSION"
)
export GIT_CONFIG_COUNT=1
export GIT_CONFIG_KEY_0="url.file://$work/golangci-lint.insteadOf"
export GIT_CONFIG_VALUE_0="https://github.com/golangci/golangci-lint.git"

cp -r testdata/golangci/sample "$work/sample"
cd "$work/sample"
cat > .custom-gcl.yml <<YAML
version: $GCL_VERSION
name: custom-gcl
destination: ./bin
plugins:
  - module: github.com/keylint/keylint
    import: github.com/keylint/keylint/golangci
    path: $repo
YAML
"$GOBIN/golangci-lint" custom -v
go mod tidy

status=0
./bin/custom-gcl run ./... > findings.txt 2>&1 || status=$?
cat findings.txt
[ "$status" -eq 1 ] || { echo "e2e: expected exit 1 with findings, got $status" >&2; exit 1; }
grep -q "KL102: API key passed to azure.WithAPIKey" findings.txt || { echo "e2e: KL102 missing" >&2; exit 1; }
grep -q "KL105: key read from environment variable AZURE_OPENAI_API_KEY" findings.txt || { echo "e2e: KL105 missing" >&2; exit 1; }

./bin/custom-gcl run --fix ./... > /dev/null 2>&1 || true
grep -q "azure.WithTokenCredential(cred)" main.go || { echo "e2e: --fix did not rewrite main.go" >&2; cat main.go >&2; exit 1; }
grep -q "azidentity.NewDefaultAzureCredential(nil)" main.go || { echo "e2e: --fix did not add the credential" >&2; exit 1; }
go mod tidy
go build ./...
if ./bin/custom-gcl run ./... > after.txt 2>&1; then
  echo "e2e: ok: findings reported, --fix applied, fixed code builds and lints clean"
else
  cat after.txt
  echo "e2e: findings remain after --fix" >&2
  exit 1
fi
