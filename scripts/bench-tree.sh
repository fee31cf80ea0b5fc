#!/usr/bin/env bash
# The benchmark table of docs/BENCHMARKS.md: keylint (cold and cached), ripgrep with the bar's
# keyword list, a `cat` read floor and (GITLEAKS=1) gitleaks on a real-code tree, side by side.
#
#   scripts/bench-tree.sh [TREE]
#
# TREE (default /tmp/bench-tree) is the 49-repository tree ../shared/bench/make-tree.sh builds
# (2.3 GB, 58,000 files), or any directory. The tools run in turn, round after round (keylint,
# keylint cached, rg, cat, gitleaks, then again), RUNS rounds (default 5) after one warm-up
# round that also fills the page cache and keylint's result cache; each figure is the median of
# the rounds from GNU time (wall, user+sys CPU, peak RSS), and "/ rg" is the median of the
# per-round ratios to ripgrep's wall time, so a machine that slows down mid-run affects both.
# gitleaks takes many minutes a run on this tree: GITLEAKS_RUNS rounds of it (default 1).
#
# FLOOR=1 also times keylint on just the files of TREE that have a finding (found by one cold
# run first): the work no skipping can save, a floor under any cold run that reports them all.
#
# DIFF_REPO=/path/to/clone also times --new-from-rev on a 10-file change: the first ten tracked
# Python files get a key-based client appended, `keylint --new-from-rev HEAD .` is timed against
# `keylint FILE...` on those ten files (each round a batch of ten runs of each), and the change
# is undone (the clone must be clean).
#
# Needs ripgrep, GNU time and git (apt-get install ripgrep time git); with GITLEAKS=1,
# gitleaks v8.30.1 is built from the Go module proxy into .cache/bin first.
set -euo pipefail
cd "$(dirname "$0")/.."

tree=${1:-/tmp/bench-tree}
runs=${RUNS:-5}
for cmd in rg /usr/bin/time git; do
  command -v "$cmd" >/dev/null || { echo "bench-tree.sh needs $cmd" >&2; exit 2; }
done
[ -d "$tree" ] || { echo "no tree at $tree (../shared/bench/make-tree.sh builds it)" >&2; exit 2; }

go build -o bin/keylint ./cmd/keylint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cache=$work/cache

tools=(keylint keylint-cached rg cat)
if [ "${GITLEAKS:-0}" = 1 ]; then
  scripts/setup-gitleaks.sh >/dev/null   # pinned, into .cache/bin
  tools+=(gitleaks)
fi

if [ "${FLOOR:-0}" = 1 ]; then
  ./bin/keylint --no-config --no-cache --format json --fail-on never --output "$work/cold.json" "$tree" 2>/dev/null || true
  mapfile -t floor_files < <(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
for p in sorted({f["path"] for f in d["findings"]}): print(p)' "$work/cold.json")
  echo "floor: ${#floor_files[@]} files with a finding, $(cat "${floor_files[@]}" | wc -c) bytes"
  tools+=(keylint-findings)
fi

# The bar's keyword list (issue 16): what a keyword search for key-based Azure code looks for.
rg_pattern='api_key|apikey|api-key|azurekeycredential|ocp-apim-subscription-key|OPENAI.*KEY'
command_for() {
  case "$1" in
    keylint) cmd=(./bin/keylint --no-config --no-cache --format json --fail-on never "$tree") ;;
    keylint-cached) cmd=(./bin/keylint --no-config --cache-dir "$cache" --format json --fail-on never "$tree") ;;
    keylint-findings) cmd=(./bin/keylint --no-config --no-cache --format json --fail-on never "${floor_files[@]}") ;;
    rg) cmd=(rg --hidden -i -c "$rg_pattern" "$tree") ;;
    cat) cmd=(sh -c 'find "$1" -type f -print0 | xargs -0 cat' sh "$tree") ;;
    gitleaks) cmd=(.cache/bin/gitleaks dir --no-banner --exit-code 0 --report-format json --report-path "$work/gitleaks.json" "$tree") ;;
  esac
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# time_once TOOL ROUND: one run, "wall cpu rss_kb" appended to $work/TOOL.
time_once() {
  command_for "$1"
  /usr/bin/time -o "$work/t" -f "%e %U %S %M" "${cmd[@]}" >/dev/null 2>&1 || true
  read -r wall user sys kb < <(tail -1 "$work/t")
  echo "$2 $wall $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') $kb" >>"$work/$1"
}

echo "tree: $tree ($(find "$tree" -type f | wc -l) files, $(du -sm --apparent-size "$tree" | cut -f1) MB), $(nproc) cores, $runs rounds after a warm-up"
for tool in "${tools[@]}"; do
  command_for "$tool"
  [ "$tool" = gitleaks ] || "${cmd[@]}" >/dev/null 2>&1 || true # warm-up: page cache, result cache
  : >"$work/$tool"
done
for round in $(seq "$runs"); do
  for tool in "${tools[@]}"; do
    if [ "$tool" = gitleaks ] && [ "$round" -gt "${GITLEAKS_RUNS:-1}" ]; then continue; fi
    time_once "$tool" "$round"
  done
done

echo
echo "| tool | wall (s) | CPU (s) | peak RSS (MiB) | wall / rg |"
echo "|---|---|---|---|---|"
for tool in "${tools[@]}"; do
  wall=$(cut -d' ' -f2 "$work/$tool" | median)
  cpu=$(cut -d' ' -f3 "$work/$tool" | median)
  kb=$(cut -d' ' -f4 "$work/$tool" | median)
  ratio=$(join "$work/$tool" "$work/rg" | awk '{print $2 / $5}' | median)
  awk -v t="$tool" -v w="$wall" -v c="$cpu" -v kb="$kb" -v r="$ratio" \
    'BEGIN { printf "| %s | %.2f | %.2f | %.0f | %.2fx |\n", t, w, c, kb / 1024, r }'
done

if [ -n "${DIFF_REPO:-}" ]; then
  repo=$(cd "$DIFF_REPO" && pwd)
  [ -z "$(git -C "$repo" status --porcelain)" ] || { echo "DIFF_REPO $repo has changes; want a clean clone" >&2; exit 2; }
  mapfile -t files < <(git -C "$repo" ls-files '*.py' | head -10)
  kl=$PWD/bin/keylint
  for f in "${files[@]}"; do
    printf '\nclient = AzureOpenAI(api_key="%s", azure_endpoint="https://x.openai.azure.com")\n' 0123456789abcdef0123456789abcdef >>"$repo/$f"
  done
  undo() { git -C "$repo" checkout -q -- "${files[@]}"; rm -rf "$work"; }
  trap undo EXIT
  : >"$work/diff" && : >"$work/named"
  (cd "$repo" && "$kl" --no-config --no-cache --new-from-rev HEAD . >/dev/null 2>&1 || true)
  # Each round times a batch of `reps` runs (GNU time counts in 10 ms steps; one run of either
  # takes a few tens of ms) and records the per-run mean.
  reps=10
  batch() { # batch OUT CMD...: time reps runs of CMD in $repo, append "round wall cpu kb" to OUT
    local out=$1; shift
    (cd "$repo" && /usr/bin/time -o "$work/t" -f "%e %U %S %M" \
      sh -c 'n=$1; shift; i=0; while [ $i -lt $n ]; do "$@" >/dev/null 2>&1; i=$((i + 1)); done' sh "$reps" "$@" || true)
    read -r wall user sys kb < <(tail -1 "$work/t")
    echo "$round $(awk -v w="$wall" -v u="$user" -v s="$sys" -v n="$reps" 'BEGIN {printf "%.4f %.4f", w / n, (u + s) / n}') $kb" >>"$out"
  }
  for round in $(seq "$runs"); do
    batch "$work/diff" "$kl" --no-config --no-cache --new-from-rev HEAD --format json .
    batch "$work/named" "$kl" --no-config --no-cache --format json "${files[@]}"
  done
  echo
  echo "10-file change in $repo ($(git -C "$repo" ls-files | wc -l) files):"
  echo
  echo "| run | wall (s) | CPU (s) | wall / named |"
  echo "|---|---|---|---|"
  for what in diff named; do
    wall=$(cut -d' ' -f2 "$work/$what" | median)
    cpu=$(cut -d' ' -f3 "$work/$what" | median)
    ratio=$(join "$work/$what" "$work/named" | awk '{print ($5 > 0 ? $2 / $5 : 0)}' | median)
    awk -v t="$what" -v w="$wall" -v c="$cpu" -v r="$ratio" \
      'BEGIN { printf "| %s | %.3f | %.3f | %.2fx |\n", (t == "diff" ? "--new-from-rev HEAD ." : "the 10 files named"), w, c, r }'
  done
fi
