#!/usr/bin/env bash
# Installs, pinned, what the TypeScript integration test type-checks the keyless rewrites
# against: tsc, the real openai and @azure/identity packages, and the other SDKs the testdata
# imports. Into .cache/tsc (ignored by git); a second run with the same pins does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  typescript@5.9.3
  @types/node@20.9.5
  openai@7.57.0
  @azure/identity@4.14.1
  @azure/core-auth@1.11.0
  @azure/search-documents@13.0.0
  @azure-rest/ai-document-intelligence@1.1.0
  @langchain/openai@1.6.0
  @langchain/core@1.4.0
  axios@1.21.1
  @azure-rest/ai-inference@1.0.0-beta.6
  @azure/ms-rest-js@2.7.0
  @azure/cognitiveservices-face@5.0.0
  @azure/cognitiveservices-computervision@8.2.0
  @azure/cognitiveservices-contentmoderator@5.0.1
  @azure/storage-blob@12.34.0
  @azure/cosmos@4.10.1
)
dir=.cache/tsc
stamp="$dir/.pins"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${PACKAGES[*]}" ] && [ -x "$dir/node_modules/.bin/tsc" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "setup-tsc: npm is required (Debian: apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{"private": true}' > "$dir/package.json"
npm install --prefix "$dir" --no-audit --no-fund --silent --save-exact "${PACKAGES[@]}"
echo "${PACKAGES[*]}" > "$stamp"
