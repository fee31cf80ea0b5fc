#!/usr/bin/env bash
# corpus.sh: the hand-labelled real-code corpus (eval/corpus/*.tsv, see eval/corpus/README.md).
#
#   scripts/corpus.sh materialize OUT          write every manifest file to OUT/OWNER+NAME/PATH
#   scripts/corpus.sh score OUT [KEYLINT]      run keylint on OUT (SARIF) and score it
#
# Files come from bare git mirrors at $MIRROR/OWNER+NAME/repo (default: the .mirror folder
# beside the project's checkout), by blob id, so the bytes are exactly the ones labelled.
# OUT must not be inside a git work tree (keylint would read git's file list and status
# there) unless it is under /tmp. KEYLINT defaults to a fresh build of ./cmd/keylint.
# Extra scorer flags go in SCORE_FLAGS (e.g. SCORE_FLAGS=-json).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
MIRROR=${MIRROR:-$here/../.mirror}
[ -d "$MIRROR" ] || MIRROR=$here/../../.mirror
MARK=.corpus-tree # marks a directory this script wrote, so re-materializing may replace it

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

manifests() { ls "$here"/eval/corpus/*.tsv; }

check_out() {
  local out=$1 probe
  case "$out" in /tmp/*) return 0 ;; esac
  probe=$out
  while [ ! -d "$probe" ]; do probe=$(dirname "$probe"); done
  if git -C "$probe" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "corpus.sh: $out is inside a git work tree; pick a directory outside one (or under /tmp)" >&2
    exit 2
  fi
}

materialize() {
  local out=$1
  check_out "$out"
  if [ -e "$out" ] && [ -n "$(ls -A "$out" 2>/dev/null)" ] && [ ! -e "$out/$MARK" ]; then
    echo "corpus.sh: $out exists and was not written by corpus.sh; remove it or pick another" >&2
    exit 2
  fi
  rm -rf "$out"
  mkdir -p "$out"
  : >"$out/$MARK"
  local n=0 missing=0 repo commit path blob lang rest gd name f
  declare -A absent=() projects=()
  while IFS=$'\t' read -r repo commit path blob lang rest; do
    [ "$repo" = repo ] && continue # header
    [ -n "$repo" ] || continue
    name=${repo/\//+}
    gd=$MIRROR/$name/repo
    [ -d "$gd/.git" ] && gd=$gd/.git # a snapshot checked out as a clone rather than bare
    if ! git --git-dir="$gd" cat-file -e "$blob" 2>/dev/null; then
      absent[$repo]=1
      missing=$((missing + 1))
      continue
    fi
    mkdir -p "$(dirname "$out/$name/$path")"
    git --git-dir="$gd" cat-file blob "$blob" >"$out/$name/$path"
    n=$((n + 1))
    case $lang in csharp | go) projects["$gd $name $commit $lang"]=1 ;; esac
  done < <(cat $(manifests))
  # A C# file's project files (.csproj) and a Go file's module files (go.mod) come along,
  # unlabelled and unscored, as in any checkout: they mark where the program's own types and
  # packages are declared (its project root, its module path).
  for f in "${!projects[@]}"; do
    read -r gd name commit lang <<<"$f"
    pattern='\.csproj$'
    [ "$lang" = go ] && pattern='(^|/)go\.mod$'
    git --git-dir="$gd" ls-tree -r --name-only "$commit" | { grep -E "$pattern" || true; } | while read -r path; do
      [ -e "$out/$name/$path" ] && continue
      mkdir -p "$(dirname "$out/$name/$path")"
      git --git-dir="$gd" show "$commit:$path" >"$out/$name/$path" 2>/dev/null || rm -f "$out/$name/$path"
    done
  done
  for repo in "${!absent[@]}"; do
    echo "missing: $repo (no mirror with its blobs at $MIRROR/${repo/\//+}/repo): fetch github:$repo into the mirror folder, or set MIRROR" >&2
  done
  echo "materialized $n files into $out ($missing missing, from $(manifests | wc -l) manifests)"
  [ "$missing" -eq 0 ]
}

score() {
  local out=$1 kl=${2:-} sarif rc
  [ -e "$out/$MARK" ] || { echo "corpus.sh: $out is not a materialized corpus; run: $0 materialize $out" >&2; exit 2; }
  if [ -z "$kl" ]; then
    kl=$(mktemp -d)/keylint
    (cd "$here" && go build -o "$kl" ./cmd/keylint)
  fi
  kl=$(cd "$(dirname "$kl")" && pwd)/$(basename "$kl")
  sarif=${SARIF:-${out%/}.sarif}
  rc=0
  (cd "$out" && "$kl" --format sarif --no-config . >"$sarif") || rc=$?
  case $rc in
    0 | 1) ;;
    *) echo "corpus.sh: keylint exited $rc (some files could not be checked); scoring what it reported" >&2 ;;
  esac
  echo "keylint SARIF: $sarif" >&2
  # shellcheck disable=SC2086
  (cd "$here" && go run ./eval/score ${SCORE_FLAGS:-} -root "$out" -sarif "$sarif" $(manifests))
}

[ $# -ge 2 ] || usage
cmd=$1
out=$2
case "$out" in /*) ;; *) out=$PWD/$out ;; esac
case $cmd in
  materialize) [ $# -eq 2 ] || usage; materialize "$out" ;;
  score) [ $# -le 3 ] || usage; score "$out" "${3:-}" ;;
  *) usage ;;
esac
