#!/usr/bin/env bash
# Time keylint against ripgrep (and gitleaks, when GITLEAKS=1) on one synthetic tree, in one run.
#
#   scripts/bench.sh [SIZE_MB] [FINDINGS_EVERY]
#
# SIZE_MB (default 500) is the tree's size; one Python file in FINDINGS_EVERY (default 100)
# holds key-based Azure OpenAI code. The tree is generated once under $BENCH_DIR (default
# ${TMPDIR:-/tmp}/keylint-bench) and reused. Each tool runs RUNS times (default 5) after a
# warm-up that also fills the page cache; the medians of wall time and peak RSS are printed as
# a Markdown table (gitleaks runs GITLEAKS_RUNS times, default 1: it takes minutes). Needs python3, ripgrep (apt-get install ripgrep) and GNU time
# (apt-get install time). With GITLEAKS=1, gitleaks v8.30.1 is built from the Go module proxy
# into .cache/bin first.
set -euo pipefail
cd "$(dirname "$0")/.."

size=${1:-500}
every=${2:-100}
runs=${RUNS:-5}
tree=${BENCH_DIR:-${TMPDIR:-/tmp}/keylint-bench}/tree-${size}mb-every${every}

for cmd in python3 rg /usr/bin/time; do
  command -v "$cmd" >/dev/null || { echo "bench.sh needs $cmd" >&2; exit 2; }
done

go build -o bin/keylint ./cmd/keylint
if [ ! -f "$tree.done" ]; then
  rm -rf "$tree"
  python3 scripts/gen_bench_tree.py "$tree" "$size" "$every"
  touch "$tree.done"
fi

tools=(keylint rg)
if [ "${GITLEAKS:-0}" = 1 ]; then
  if [ ! -x .cache/bin/gitleaks ]; then
    GOBIN="$PWD/.cache/bin" go install github.com/zricethezav/gitleaks/v8@v8.30.1
  fi
  tools+=(gitleaks)
fi

# The keyword search ripgrep does is keylint's prefilter: the same words, case-insensitive.
command_for() {
  case "$1" in
    keylint) cmd=(./bin/keylint --no-config --no-cache --format json "$tree") ;;
    rg) cmd=(rg -i -l -F -e azure -e openai/v1 -e api-key -e subscription-key -e keycredential
             -e jqqj99 -e sk- -e key "$tree") ;;
    # Not --report-path /dev/null: gitleaks checks the path is writable by creating and then
    # removing it, which deletes /dev/null when run as root.
    gitleaks) cmd=(.cache/bin/gitleaks dir --no-banner --exit-code 0 --report-format json --report-path "${tree}.gitleaks.json" "$tree") ;;
  esac
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

mb=$(du -sm --apparent-size "$tree" | cut -f1)
files=$(find "$tree" -type f | wc -l)
stats=$(mktemp)
trap 'rm -f "$stats"' EXIT
echo "tree: $tree ($files files, $mb MB), $(nproc) cores, $runs runs after a warm-up"
echo
echo "| tool | median wall (s) | MB/s | median peak RSS (MB) |"
echo "|---|---|---|---|"
for tool in "${tools[@]}"; do
  command_for "$tool"
  [ "$tool" = gitleaks ] || "${cmd[@]}" >/dev/null 2>&1 || true # warm-up, and the page cache
  walls=() rss=()
  n=$runs
  [ "$tool" = gitleaks ] && n=${GITLEAKS_RUNS:-1} # minutes per run on this tree
  for _ in $(seq "$n"); do
    /usr/bin/time -o "$stats" -f "%e %M" "${cmd[@]}" >/dev/null 2>&1 || true
    read -r wall kb < <(tail -1 "$stats")
    walls+=("$wall")
    rss+=("$kb")
  done
  wall=$(printf '%s\n' "${walls[@]}" | median)
  kb=$(printf '%s\n' "${rss[@]}" | median)
  awk -v t="$tool" -v w="$wall" -v mb="$mb" -v kb="$kb" \
    'BEGIN { printf "| %s | %.2f | %.0f | %.0f |\n", t, w, mb / w, kb / 1024 }'
done
