#!/usr/bin/env bash
# End-to-end test of the pre-commit hooks with the real pre-commit tool (Debian's package,
# installed here when missing): a throwaway repository uses this repository, at HEAD, as its
# hook source. It must block a commit that adds key-based code, block a commit of a .env with
# a key even when that is the only staged file, and pass a clean commit. Then it times the
# hook on a 10-file commit (after the first run built keylint). Prints "e2e-precommit: ok".
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v pre-commit >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null
  fi
fi
pre-commit --version

rev=$(git -C "$here" rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$here/.cache/pre-commit}"
export GIT_AUTHOR_NAME=e2e GIT_AUTHOR_EMAIL=e2e@example.com GIT_COMMITTER_NAME=e2e GIT_COMMITTER_EMAIL=e2e@example.com

cd "$work"
git init -q -b main app && cd app
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $here
    rev: $rev
    hooks: [{id: keylint}]
  - repo: local
    hooks: [{id: noop, name: noop (pre-commit's own overhead), entry: "true", language: system, stages: [manual]}]
YAML
git add .pre-commit-config.yaml
git commit -qm "pre-commit config" --no-verify
pre-commit install >/dev/null

fail() { echo "e2e-precommit: FAIL: $*" >&2; exit 1; }

# 1. Key-based code is blocked, and the findings are shown.
cat > chat.py <<'PY'
import os
from openai import AzureOpenAI

client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_key=os.environ["AZURE_OPENAI_API_KEY"], api_version="2024-10-21")
PY
git add chat.py
if git commit -qm "add chat" >out.txt 2>&1; then cat out.txt; fail "a commit with api_key= went through"; fi
grep -q "KL102" out.txt || { cat out.txt; fail "the hook output does not show KL102"; }
grep -q "azure_ad_token_provider" out.txt || { cat out.txt; fail "the hook output does not show the rewrite"; }
git reset -q chat.py && rm chat.py

# 2. A .env with a key, alone in the commit, is blocked.
printf 'AZURE_OPENAI_API_KEY=4f1c2a9e8b7d6c5e4f3a2b1c0d9e8f7a\n' > .env
git add -f .env
if git commit -qm "add env" >out.txt 2>&1; then cat out.txt; fail "a commit of a .env with a key went through"; fi
grep -q "KL201" out.txt || { cat out.txt; fail "the hook output does not show KL201"; }
grep -q "4f1c2a9e8b7d" out.txt && fail "the hook printed the key"
git reset -q .env && rm .env

# 3. A clean commit passes.
cat > keyless.py <<'PY'
from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

token_provider = get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")
client = AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", azure_ad_token_provider=token_provider, api_version="2024-10-21")
PY
git add keyless.py
git commit -qm "keyless client" >out.txt 2>&1 || { cat out.txt; fail "a clean commit was blocked"; }

# 4. Latency of the hook on a 10-file commit, keylint already built.
for i in $(seq 1 10); do
  printf 'import os\n\ndef f%d():\n    return os.getcwd()\n' "$i" > "mod$i.py"
done
git add mod*.py
runs=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  pre-commit run keylint >/dev/null 2>&1 || fail "the hook failed on clean files"
  runs+=($(( ($(date +%s%N) - start) / 1000000 )))
done
noop=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  pre-commit run --hook-stage manual noop >/dev/null 2>&1 || fail "the noop hook failed"
  noop+=($(( ($(date +%s%N) - start) / 1000000 )))
done
bin=$(find "$PRE_COMMIT_HOME" -type f -name keylint -path '*bin*' | head -1)
direct=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$bin" mod*.py >/dev/null
  direct+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
echo "e2e-precommit: 10-file commit: pre-commit run keylint median $(median "${runs[@]}") ms (runs: ${runs[*]}); a no-op hook (pre-commit's own overhead) $(median "${noop[@]}") ms; keylint itself $(median "${direct[@]}") ms (runs: ${direct[*]})"
echo "e2e-precommit: ok"
