#!/usr/bin/env python3
"""Fix coverage without the checks: reads `keylint --format json` of a tree of repositories
and prints, per language, the code findings (KL101-KL107 outside test files, counted as
scripts/fix-realcode.sh counts them) and how many carry an automatic fix; with --shapes N, the
findings without one grouped by rule and message, N examples each. For quick iteration on
fixes; docs/FIXES.md's tables come from scripts/fix-realcode.sh, which also applies and checks.

  keylint --no-cache --format json TREE > out.json; scripts/fix_coverage.py TREE out.json
"""

import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fix_realcode import CODE_RULES, ORDER, is_test, lang_of  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree", help="the scanned directory (paths are made relative to it)")
    ap.add_argument("report", help="keylint --format json output")
    ap.add_argument("--lang", action="append", help="only these languages (JS/TS, Go, ...)")
    ap.add_argument("--shapes", type=int, default=0, help="list unfixed findings by shape, N examples each")
    args = ap.parse_args()
    with open(args.report) as fh:
        findings = json.load(fh)["findings"]
    total, fixed = collections.Counter(), collections.Counter()
    shapes = collections.defaultdict(list)
    for f in findings:
        lang = lang_of(f["path"])
        rel = os.path.relpath(f["path"], args.tree)
        if f["rule"] not in CODE_RULES or lang is None or is_test(rel) or args.lang and lang not in args.lang:
            continue
        total[lang] += 1
        if f.get("fixes"):
            fixed[lang] += 1
        else:
            msg = "key read from the environment" if f["rule"] == "KL105" else f["message"]
            shapes[(lang, f["rule"], msg)].append("%s:%d" % (rel, f["start"]["line"]))
    print("| language | code findings | with a fix | % |")
    print("|---|---:|---:|---:|")
    for lang in ORDER:
        if total[lang]:
            print("| %s | %d | %d | %d%% |" % (lang, total[lang], fixed[lang], 100 * fixed[lang] // total[lang]))
    if args.shapes:
        for (lang, rule, msg), where in sorted(shapes.items(), key=lambda kv: -len(kv[1])):
            print("\n%d  %s %s: %s" % (len(where), lang, rule, msg))
            for w in where[:args.shapes]:
                print("    " + w)


if __name__ == "__main__":
    main()
