#!/usr/bin/env bash
# Materializes the trial corpus of scripts/fix-corpus.txt: each repository's listed commit,
# checked out (git archive, no .git) into OUT/OWNER+NAME. Needs a bare git directory of each at
# $MIRROR/OWNER+NAME/repo; missing repositories or commits are listed and skipped. Blobs a
# mirror lacks (fetched snapshots leave out files of 4 MiB and more: datasets, media) are
# skipped and counted, as ../shared/bench/make-tree.sh does.
#
#   MIRROR=/work/.mirror OUT=/tmp/fixes-corpus scripts/make-fix-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MIRROR=${MIRROR:-/work/.mirror}
OUT=${OUT:-/tmp/fixes-corpus}
mkdir -p "$OUT"
idx=$(mktemp)
trap 'rm -f "$idx" "$idx.err"' EXIT
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
  rm -f "$idx"
  # read-tree + checkout-index with a throwaway index: unlike git archive, it writes every blob
  # it has and reports the absent ones instead of stopping at the first.
  GIT_INDEX_FILE=$idx git --git-dir="$dir" read-tree "$commit"
  GIT_INDEX_FILE=$idx git --git-dir="$dir" --work-tree="$dest" -c core.autocrlf=false \
    checkout-index -a -f 2>"$idx.err" || true
  grep -v 'unable to read' "$idx.err" >&2 || true
  echo "make-fix-corpus: $repo: $(find "$dest" -type f | wc -l) files, absent blobs skipped: $(grep -c 'unable to read' "$idx.err" || true)" >&2
done
