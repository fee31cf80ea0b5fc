#!/usr/bin/env bash
# crawl.sh: runs keylint over a large real tree and fails on any internal error, panic, crash,
# or stderr line that is not one of the documented messages (README, "What keylint prints on
# stderr"). Prints the run's numbers: files, findings, file problems by kind, time, peak RSS.
#
#   scripts/crawl.sh TREE [KEYLINT]      (KEYLINT defaults to a fresh build of ./cmd/keylint)
#
# Exit 0 when the crawl is clean (keylint itself may exit 0, 1 or 2: findings and files that
# could not be checked are what real trees hold), 1 otherwise.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tree=${1:?usage: scripts/crawl.sh TREE [KEYLINT]}
kl=${2:-}
if [ -z "$kl" ]; then
  kl=$(mktemp -d)/keylint
  (cd "$here" && go build -o "$kl" ./cmd/keylint) || exit 1
fi
out=$(mktemp -d)
/usr/bin/time -f '%e %U %S %M' -o "$out/time" "$kl" --no-config --no-cache --format json --output "$out/report.json" "$tree" 2>"$out/stderr"
code=$?

# The documented stderr lines. Anything else is a defect to fix (or to document).
documented='^keylint: (.+: (skipped: .+|malformed .+|syntax errors, checked what parsed: .+|not parsed as .+|brackets nest deeper than [0-9]+ levels: only key formats checked|.+ is over the .+ parse cap: checked for key formats only|permission denied; skipped .+|no such file or directory)|skipped [0-9]+ binary files? found by the walk .+|[0-9]+ files? could not be checked \(see above\); the scan is incomplete|result cache not written \(.+\); --no-cache skips it)$'
bad=$(grep -avE "$documented" "$out/stderr" || true)
internal=$(grep -acE 'internal error|panic|goroutine [0-9]+|fatal error' "$out/stderr" || true)

read -r wall user sys rss < <(tail -n1 "$out/time") || true
python3 - "$out/report.json" <<'PY'
import json, sys, collections
try:
    r = json.load(open(sys.argv[1]))
except Exception as e:
    print("report: unreadable:", e); sys.exit(0)
kinds = collections.Counter(e.get("kind", "error") for e in r.get("errors", []))
rules = collections.Counter(f["rule"] for f in r.get("findings", []))
s = r.get("stats", {})
print(f"files {s.get('files')}  bytes {s.get('bytes')}  candidates {s.get('candidates')}  parsed {s.get('parsed')}")
print(f"findings {sum(rules.values())}: " + ", ".join(f"{k} {v}" for k, v in sorted(rules.items())))
print("file problems: " + (", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none"))
PY
echo "keylint exit $code; wall ${wall:-?} s, user ${user:-?} s, sys ${sys:-?} s, peak RSS $(( ${rss:-0} / 1024 )) MiB"
status=0
if [ "$code" -gt 2 ]; then
  echo "CRASH: keylint exited $code"; status=1
fi
if [ "${internal:-0}" -gt 0 ]; then
  echo "INTERNAL ERRORS: $internal lines"; grep -aE 'internal error|panic|fatal error' "$out/stderr" | head -20; status=1
fi
if [ -n "$bad" ]; then
  echo "UNDOCUMENTED stderr lines: $(printf '%s\n' "$bad" | wc -l)"; printf '%s\n' "$bad" | head -20; status=1
fi
[ $status -eq 0 ] && echo "crawl clean"
echo "(report and stderr kept in $out)"
exit $status
