#!/usr/bin/env bash
# blind-pool.sh [SET...]: pools the first blind measurement of held-out corpus sets, per family.
#
# Each eval/corpus/README.set-X.md records the scorer's family table of the set's one blind run
# (keylint at a commit that had never seen the set) under "## Blind measurement". This sums
# those tables (tp, fp, fn per family) over the sets named (default: every set that has one)
# and prints pooled precision and recall: the accuracy on code keylint was not tuned on, over
# more labels than any one set has.
#
#   scripts/blind-pool.sh                 # every set with a blind table
#   scripts/blind-pool.sh ah ai aj ak al am an ao ap aq ar
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/eval/corpus"
if [ $# -eq 0 ]; then
  set -- $(ls README.set-*.md | sed 's/README.set-\(.*\)\.md/\1/')
fi
for s in "$@"; do
  f=README.set-$(echo "$s" | tr 'A-Z' 'a-z').md
  [ -f "$f" ] || { echo "blind-pool.sh: no $f" >&2; exit 2; }
  awk -v s="$s" '
    /^## Blind measurement/ { b = 1; next }
    b && /^## / { exit }
    b && /\| family \| labels \| findings \| tp \| fp \| fn/ { t++; in1 = (t == 1); next }
    in1 && !/^\|/ { in1 = 0 }
    in1 && /^\| [a-z]/ { gsub(/ /, ""); split($0, a, "|"); print s, a[2], a[5], a[6], a[7] }
  ' "$f"
done | awk '
  { tp[$2] += $3; fp[$2] += $4; fn[$2] += $5; sets[$1] = 1; T += $3; F += $4; N += $5 }
  function pct(a, b) { return b == 0 ? "-" : sprintf("%.1f%%", 100 * a / b) }
  END {
    n = 0; for (s in sets) n++
    printf "%d sets pooled\n\n| family | tp | fp | fn | precision | recall |\n|---|---|---|---|---|---|\n", n
    k = 0; for (f in tp) names[++k] = f
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (names[j] < names[i]) { x = names[i]; names[i] = names[j]; names[j] = x }
    for (i = 1; i <= k; i++) { f = names[i]; if (tp[f] + fp[f] + fn[f] > 0) printf "| %s | %d | %d | %d | %s | %s |\n", f, tp[f], fp[f], fn[f], pct(tp[f], tp[f] + fp[f]), pct(tp[f], tp[f] + fn[f]) }
    printf "| all | %d | %d | %d | %s | %s |\n", T, F, N, pct(T, T + F), pct(T, T + N)
  }'
