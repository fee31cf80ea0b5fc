#!/usr/bin/env bash
# Materializes the trial corpus of scripts/fix-corpus.txt: each repository's listed commit,
# checked out (git archive, no .git) into OUT/OWNER+NAME. Needs a bare git directory of each at
# $MIRROR/OWNER+NAME/repo; missing repositories or commits are listed and skipped.
#
#   MIRROR=/work/.mirror OUT=/tmp/fixes-corpus scripts/make-fix-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MIRROR=${MIRROR:-/work/.mirror}
OUT=${OUT:-/tmp/fixes-corpus}
mkdir -p "$OUT"
grep -v '^#' scripts/fix-corpus.txt | while read -r repo commit; do
  [ -n "$repo" ] || continue
  dir="$MIRROR/${repo/\//+}/repo"
  dest="$OUT/${repo/\//+}"
  if ! git --git-dir="$dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
    echo "make-fix-corpus: $repo $commit not in $MIRROR: skipped" >&2
    continue
  fi
  rm -rf "$dest"
  mkdir -p "$dest"
  git --git-dir="$dir" archive "$commit" | tar -x -C "$dest"
done
