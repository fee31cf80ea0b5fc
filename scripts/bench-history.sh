#!/usr/bin/env bash
# Time `keylint history --all` against `gitleaks git` on real repositories, and check that
# keylint reports every Azure AI / OpenAI key gitleaks finds (scripts/compare-history.py).
#
#   scripts/bench-history.sh OWNER/NAME...
#
# Each repository is cloned (all branches and tags) into $BENCH_DIR (default
# ${TMPDIR:-/tmp}/keylint-bench-history) from https://github.com/OWNER/NAME, or from
# $MIRROR_ROOT/OWNER+NAME/repo when MIRROR_ROOT is set (a local bare copy); a clone that is
# already there is reused. A partial clone's missing blobs are mapped to the empty blob with
# replace refs (refs/replace/*), so that `git log -p` (gitleaks) reads the whole history instead
# of stopping at the first one; both tools then see the same history.
#
# The two commands run in turn, RUNS times each (default 5) after one warm-up each that also
# fills the page cache, and the medians of wall time, CPU time (user+sys) and peak RSS are
# printed as a Markdown table, with the ratio of the medians. Needs git, go, python3 and GNU
# time (apt-get install time). gitleaks is installed pinned by scripts/setup-gitleaks.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -gt 0 ] || { sed -n '2,18p' "$0"; exit 2; }
for cmd in git go python3 /usr/bin/time; do
  command -v "$cmd" >/dev/null || { echo "bench-history.sh needs $cmd" >&2; exit 2; }
done
runs=${RUNS:-5}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/keylint-bench-history}
mkdir -p "$dir" bin
go build -o bin/keylint ./cmd/keylint
gitleaks=$(scripts/setup-gitleaks.sh | tail -1)
keylint=$PWD/bin/keylint

clone() {
  local name=$1 dst=$dir/${1/\//+}
  if [ ! -d "$dst/.git" ]; then
    local src=https://github.com/$name.git
    [ -n "${MIRROR_ROOT:-}" ] && src=$MIRROR_ROOT/${name/\//+}/repo
    git clone -q "$src" "$dst"
  fi
  local empty n=0
  empty=$(git -C "$dst" hash-object -w --stdin </dev/null)
  for oid in $(git -C "$dst" rev-list --objects --all --missing=print 2>/dev/null | sed -n 's/^?//p'); do
    git -C "$dst" update-ref "refs/replace/$oid" "$empty"
    n=$((n + 1))
  done
  [ "$n" = 0 ] || echo "$name: $n blobs missing from the clone, replaced by the empty blob" >&2
  echo "$dst"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure_once NAME CMD...: one run; appends "wall cpu rss" to $dir/NAME.times.
measure_once() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$dir/$name.time" "$@" >/dev/null 2>>"$dir/$name.stderr" || true
  awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4}' "$dir/$name.time" >> "$dir/$name.times"
}

echo "| repository | commits (--all) | keylint wall s | gitleaks wall s | gitleaks / keylint | keylint CPU s | gitleaks CPU s | keylint MB | gitleaks MB |"
echo "|---|---|---|---|---|---|---|---|---|"
reports=()
for name in "$@"; do
  repo=$(clone "$name")
  key=${name/\//+}
  kl=("$keylint" history --all --no-config --format json --output "$dir/$key.keylint.json" "$repo")
  gl=("$gitleaks" git --no-banner --exit-code 0 --report-format json --report-path "$dir/$key.gitleaks.json" "$repo")
  rm -f "$dir/$key".*.times
  for i in $(seq 0 "$runs"); do
    measure_once "$key.keylint" "${kl[@]}"
    measure_once "$key.gitleaks" "${gl[@]}"
    if [ "$i" = 0 ]; then : > "$dir/$key.keylint.times"; : > "$dir/$key.gitleaks.times"; fi
  done
  col() { awk -v c="$2" '{print $c}' "$dir/$key.$1.times" | median; }
  klw=$(col keylint 1) glw=$(col gitleaks 1)
  commits=$(git -C "$repo" rev-list --all --count)
  printf '| %s | %s | %s | %s | %.1f× | %s | %s | %.0f | %.0f |\n' "$name" "$commits" "$klw" "$glw" \
    "$(echo "$glw $klw" | awk '{print $1 / $2}')" "$(col keylint 2)" "$(col gitleaks 2)" \
    "$(echo "$(col keylint 3)" | awk '{print $1 / 1024}')" "$(echo "$(col gitleaks 3)" | awk '{print $1 / 1024}')"
  reports+=("$repo" "$dir/$key.keylint.json" "$dir/$key.gitleaks.json")
done
echo
status=0
for ((i = 0; i < ${#reports[@]}; i += 3)); do
  python3 scripts/compare-history.py "${reports[i]}" "${reports[i+1]}" "${reports[i+2]}" || status=1
done
exit $status
