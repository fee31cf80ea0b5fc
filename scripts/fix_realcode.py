#!/usr/bin/env python3
"""Proof of keylint's fixes on real code (driven by scripts/fix-realcode.sh).

Copies CORPUS (a materialized tree of real repositories) to a temporary directory, applies
`keylint --fix`, and checks every file it changed against the original:

  Python      py_compile, and pyflakes finds no undefined name the original did not have
  notebooks   valid JSON, every Python code cell that compiled still compiles, pyflakes on the
              cells as above, other cells (C#, JavaScript) re-parse with no new syntax errors
  JS/TS       tsc --noEmit against the real SDKs (scripts/setup-tsc.sh): no new diagnostics
  Go          go build of the file's package against the real modules (the Go module proxy)
  Java        no new syntax errors; javac against SDK stub classes: no new errors
  C#          no new syntax errors; mcs against SDK stub classes: no new errors
  shell       no new syntax errors

Each check is differential: real files rarely compile alone (their dependencies are not
here), so a fix must add no error to what the original had. A check that cannot run on a
file (the original itself does not parse or build) is counted as not applicable, never as
passed. Then a second `keylint --fix` must change nothing.

Prints a table per language: code findings (KL101-KL107, outside test files), those with an
automatic fix, fixes applied, files changed, files passing every check, files idempotent.
"""

import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CODE_RULES = {"KL101", "KL102", "KL103", "KL104", "KL105", "KL107"}
LANGS = {
    ".py": "Python", ".ipynb": "notebooks", ".js": "JS/TS", ".mjs": "JS/TS", ".cjs": "JS/TS", ".jsx": "JS/TS",
    ".ts": "JS/TS", ".mts": "JS/TS", ".cts": "JS/TS", ".tsx": "JS/TS", ".cs": "C#", ".java": "Java", ".go": "Go",
}
ORDER = ["Python", "notebooks", "JS/TS", "C#", "Java", "Go"]


def lang_of(path):
    return LANGS.get(os.path.splitext(path)[1].lower())


def is_test(path):
    """fixes.IsTestFile's conventions, for counting findings in test files apart."""
    parts = path.replace("\\", "/").split("/")
    for d in parts[:-1]:
        if d in ("test", "tests", "__tests__") or d.endswith(".Tests") or d.endswith("UnitTests") or d.endswith("IntegrationTests"):
            return True
    stem, ext = os.path.splitext(parts[-1])
    if ext in (".py", ".ipynb"):
        return stem.startswith("test_") or stem.endswith("_test") or stem == "conftest"
    if ext == ".go":
        return stem.endswith("_test")
    if ext in (".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts"):
        return stem.endswith(".test") or stem.endswith(".spec")
    if ext == ".cs":
        return stem.endswith("Test") or stem.endswith("Tests")
    if ext in (".java", ".kt"):
        return stem.endswith("Test") or stem.endswith("Tests") or stem.endswith("IT")
    return False


def run(cmd, cwd=None, timeout=None, env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return None, "timeout"


def keylint_json(kl, tree):
    p = subprocess.run([kl, "--format", "json", "--no-config", tree], capture_output=True, text=True)
    return json.loads(p.stdout)["findings"]


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Checks:
    """Per changed file: check name -> True (passed), False (failed) or None (not applicable)."""

    def __init__(self, args, work):
        self.args, self.work = args, work
        self.results = collections.defaultdict(dict)
        self.notes = collections.defaultdict(list)

    def set(self, path, name, ok, note=""):
        self.results[path][name] = ok
        if note and ok is False:
            self.notes[path].append(name + ": " + note)

    # --- Python and notebooks -------------------------------------------------------------

    def python(self, pairs):
        for orig, fixed in pairs:
            a, b = compiles(read_text(orig)), compiles(read_text(fixed))
            self.set(fixed, "py_compile", None if not a else b, "" if b else "no longer compiles")
        self.pyflakes([(o, f, read_text(o), read_text(f)) for o, f in pairs])

    def notebooks(self, pairs):
        flakes = []
        for orig, fixed in pairs:
            try:
                after = json.loads(read_text(fixed))
                before = json.loads(read_text(orig))
                self.set(fixed, "json", True)
            except ValueError as e:
                self.set(fixed, "json", False, str(e))
                continue
            cb, ca = python_cells(before), python_cells(after)
            ok, applicable = True, False
            for i, src in enumerate(ca):
                if i < len(cb) and compiles(cb[i]):
                    applicable = True
                    if not compiles(src):
                        ok = False
            self.set(fixed, "cells compile", ok if applicable else None, "a code cell no longer compiles")
            flakes.append((orig, fixed, "\n".join(cb), "\n".join(ca)))
        self.pyflakes(flakes)
        self.reparse(pairs)

    def pyflakes(self, items):
        if not items:
            return
        if not shutil.which("pyflakes3"):
            for _, fixed, _, _ in items:
                self.set(fixed, "pyflakes", None)
            return
        d = tempfile.mkdtemp(dir=self.work)
        files = []
        for i, (_, _, before, after) in enumerate(items):
            for side, text in (("b", before), ("a", after)):
                p = os.path.join(d, "%s%d.py" % (side, i))
                with open(p, "w") as f:
                    f.write(text)
                files.append(p)
        names = collections.defaultdict(set)
        for chunk in chunks(files, 200):
            _, out = run(["pyflakes3"] + chunk)
            for line in out.splitlines():
                m = re.match(r"(.*?):\d+:(?:\d+:)? undefined name '(.*)'", line)
                if m:
                    names[os.path.basename(m.group(1))].add(m.group(2))
        for i, (_, fixed, _, _) in enumerate(items):
            new = names["a%d.py" % i] - names["b%d.py" % i]
            self.set(fixed, "pyflakes", not new, "undefined: " + ", ".join(sorted(new)))

    # --- syntax (tree-sitter) -------------------------------------------------------------

    def reparse(self, pairs):
        if not pairs:
            return
        counts = {}
        files = [p for pair in pairs for p in pair]
        for chunk in chunks(files, 200):
            _, out = run([self.args.reparse] + chunk)
            for line in out.splitlines():
                n, _, path = line.partition("\t")
                counts[path] = int(n)
        for orig, fixed in pairs:
            a, b = counts.get(orig, -1), counts.get(fixed, -1)
            if a < 0:
                self.set(fixed, "re-parse", None)
            else:
                self.set(fixed, "re-parse", 0 <= b <= a, "%d syntax errors, %d before" % (b, a))

    # --- JavaScript / TypeScript -----------------------------------------------------------

    def typescript(self, pairs):
        if not pairs:
            return
        self.reparse(pairs)
        tsc = os.path.join(self.args.tsc_root, "node_modules", ".bin", "tsc")
        if not os.path.exists(tsc):
            for _, fixed in pairs:
                self.set(fixed, "tsc", None)
            return
        d = tempfile.mkdtemp(prefix="realcode-", dir=self.args.tsc_root)
        names = []
        try:
            for i, (orig, fixed) in enumerate(pairs):
                for side, src in (("before", orig), ("after", fixed)):
                    os.makedirs(os.path.join(d, side), exist_ok=True)
                    name = os.path.join(side, "%d_%s" % (i, os.path.basename(fixed)))
                    shutil.copyfile(src, os.path.join(d, name))
                    names.append(name)
            cfg = {"compilerOptions": {"noEmit": True, "allowJs": True, "checkJs": True, "skipLibCheck": True,
                                       "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022",
                                       "types": ["node"], "jsx": "preserve", "strict": False, "noErrorTruncation": True},
                   "files": names}
            with open(os.path.join(d, "tsconfig.json"), "w") as f:
                json.dump(cfg, f)
            _, out = run([tsc, "-p", d, "--pretty", "false"], timeout=1800)
            diags = collections.defaultdict(collections.Counter)
            for line in out.splitlines():
                m = re.match(r"(before|after)/(\d+)_[^(]*\(\d+,\d+\): error (TS\d+): (.*)", line)
                if m:
                    diags[(m.group(1), int(m.group(2)))][(m.group(3), normalize(m.group(4)))] += 1
            for i, (_, fixed) in enumerate(pairs):
                new = diags[("after", i)] - diags[("before", i)]
                self.set(fixed, "tsc", not new, "; ".join("%s %s" % k for k in new))
        finally:
            shutil.rmtree(d, ignore_errors=True)

    # --- Go --------------------------------------------------------------------------------

    def golang(self, pairs):
        """go build of each changed file's package in a copy of its repository (so relative
        replace directives still resolve), before and after; where the original package does
        not build (two packages in a directory, missing generated code), the file alone."""
        env = dict(os.environ, GOFLAGS="-mod=mod", GOWORK="off")
        corpus, fixed_root = self.args.corpus_root, self.args.fixed_root
        for orig, fixed in pairs:
            outcomes = []
            for root_dir, path in ((corpus, orig), (fixed_root, fixed)):
                rel = os.path.relpath(path, root_dir)
                repo = rel.split(os.sep)[0]
                tmp = tempfile.mkdtemp(dir=self.work)
                shutil.copytree(os.path.join(root_dir, repo), os.path.join(tmp, repo), symlinks=True,
                                ignore=shutil.ignore_patterns(".git", "node_modules"))
                copied = os.path.join(tmp, rel)
                mod = module_root(os.path.dirname(copied))
                if mod is None:
                    outcomes.append(None)
                else:
                    pkg = "./" + os.path.relpath(os.path.dirname(copied), mod)
                    file = "./" + os.path.relpath(copied, mod)
                    modes = {}
                    for mode, target in (("package", pkg), ("file", file)):
                        rc, out = run(["go", "build", "-o", os.devnull, target], cwd=mod, timeout=900, env=env)
                        modes[mode] = (rc == 0, out)
                    outcomes.append(modes)
                shutil.rmtree(tmp, ignore_errors=True)
            before, after = outcomes
            if before is None or after is None:
                self.set(fixed, "go build", None)
                continue
            mode = "package" if before["package"][0] else "file" if before["file"][0] else None
            if mode is None:
                self.set(fixed, "go build", None)
            else:
                self.set(fixed, "go build", after[mode][0], after[mode][1].strip()[-300:])

    # --- Java and C# -----------------------------------------------------------------------

    def java(self, pairs):
        self.reparse(pairs)
        if not shutil.which("javac"):
            for _, fixed in pairs:
                self.set(fixed, "javac", None)
            return
        for orig, fixed in pairs:
            errs = []
            for src in (orig, fixed):
                d = tempfile.mkdtemp(dir=self.work)
                p = os.path.join(d, os.path.basename(fixed))
                shutil.copyfile(src, p)
                _, out = run(["javac", "-proc:none", "-Xlint:none", "-Xmaxerrs", "100000", "-d", os.path.join(d, "out"),
                              "-sourcepath", self.args.java_stubs, p], timeout=300)
                errs.append(collections.Counter(normalize(m) for m in re.findall(r"^.*?:\d+: error: (.*)$", out, re.M)))
                shutil.rmtree(d, ignore_errors=True)
            new = errs[1] - errs[0]
            self.set(fixed, "javac", not new, "; ".join(new))

    def csharp(self, pairs):
        self.reparse(pairs)
        if not shutil.which("mcs") or not self.args.cs_stubs:
            for _, fixed in pairs:
                self.set(fixed, "mcs", None)
            return
        for orig, fixed in pairs:
            errs = []
            for src in (orig, fixed):
                d = tempfile.mkdtemp(dir=self.work)
                p = os.path.join(d, os.path.basename(fixed))
                shutil.copyfile(src, p)
                _, out = run(["mcs", "-target:library", "-nowarn:0168,0219,1998,8321", "-out:" + os.path.join(d, "x.dll"),
                              "-r:" + self.args.cs_stubs, p], timeout=300)
                errs.append(re.findall(r"^.*?\(\d+,\d+\): error (CS\d+: .*)$", out, re.M))
                shutil.rmtree(d, ignore_errors=True)
            # mcs stops before method bodies once a type does not resolve, and reads C# up to
            # about 7: only an original that compiles cleanly against the stubs proves anything.
            if errs[0]:
                self.set(fixed, "mcs", None)
            else:
                self.set(fixed, "mcs", not errs[1], "; ".join(errs[1])[:300])


def normalize(msg):
    """An error message without the things a fix may shift: line numbers, generated names."""
    return re.sub(r"\b\d+\b", "N", msg.strip())


def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def read_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def compiles(src):
    try:
        compile(src, "<fixed>", "exec", dont_inherit=True)
        return True
    except (SyntaxError, ValueError):
        return False


def python_cells(nb):
    """The Python code cells of a notebook, IPython magics and shell escapes commented out."""
    meta = nb.get("metadata", {}) if isinstance(nb, dict) else {}
    lang = (meta.get("kernelspec", {}).get("language") or meta.get("language_info", {}).get("name") or "python").lower()
    out = []
    for c in nb.get("cells", []) if isinstance(nb, dict) else []:
        if c.get("cell_type") != "code":
            continue
        src = c.get("source", "")
        src = "".join(src) if isinstance(src, list) else src
        cm = c.get("metadata", {})
        cell_lang = (cm.get("dotnet_interactive", {}).get("language") or cm.get("polyglot_notebook", {}).get("kernelName") or "").lower()
        if src.startswith("#!") and not src.startswith("#!python"):
            continue
        if (cell_lang or lang) not in ("python", "python3", "ipython", "ipython3", ""):
            continue
        if src.lstrip().startswith("%%"):
            out.append("")
            continue
        lines = []
        for line in src.split("\n"):
            t = line.strip()
            lines.append("# " + line if t.startswith("%") or t.startswith("!") or t.endswith("?") and not t.startswith("#") else line)
        out.append("\n".join(lines))
    return out


def module_root(d):
    while True:
        if os.path.exists(os.path.join(d, "go.mod")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--keylint", required=True)
    ap.add_argument("--reparse", required=True)
    ap.add_argument("--tsc-root", required=True)
    ap.add_argument("--java-stubs", required=True)
    ap.add_argument("--cs-stubs", default="")
    ap.add_argument("--work", default="")
    ap.add_argument("--details", action="store_true", help="list every failed check")
    args = ap.parse_args()

    corpus = os.path.abspath(args.corpus)
    work = args.work or tempfile.mkdtemp(prefix="keylint-realcode-")
    fixed_root = os.path.join(work, "tree")
    print("copying %s to %s" % (corpus, fixed_root), file=sys.stderr)
    shutil.copytree(corpus, fixed_root, symlinks=True)

    before = keylint_json(args.keylint, fixed_root)
    rc, out = run([args.keylint, "--fix", "--no-config", fixed_root])
    summary = [l for l in out.splitlines() if l.startswith("keylint: applied") or "not applied" in l or "not fixed" in l]
    after = keylint_json(args.keylint, fixed_root)

    def orig_of(p):
        return os.path.join(corpus, os.path.relpath(p, fixed_root))

    candidates = sorted({f["path"] for f in before if f.get("fixes")})
    changed = [p for p in candidates if os.path.exists(p) and digest(p) != digest(orig_of(p))]
    hashes = {p: digest(p) for p in changed}
    rc, out2 = run([args.keylint, "--fix", "--no-config", fixed_root])
    again = [p for p in changed if digest(p) != hashes[p]]

    args.corpus_root, args.fixed_root = corpus, fixed_root
    checks = Checks(args, work)
    by_lang = collections.defaultdict(list)
    for p in changed:
        by_lang[os.path.splitext(p)[1].lower()].append((orig_of(p), p))
    checks.python(by_lang[".py"])
    checks.notebooks(by_lang[".ipynb"])
    checks.typescript([x for e in (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx") for x in by_lang[e]])
    checks.golang(by_lang[".go"])
    checks.java(by_lang[".java"])
    checks.csharp(by_lang[".cs"])
    checks.reparse(by_lang[".sh"] + by_lang[".bash"])

    # Findings and fixes, by language; "applied" is a finding with a fix that is gone after
    # --fix (its fingerprint no longer reported in that file).
    left = collections.Counter((f["rule"], f["path"], f["fingerprint"]) for f in after)
    still_fixable = [f for f in after if f.get("fixes")]
    stats = collections.defaultdict(collections.Counter)
    for f in before:
        lang = lang_of(f["path"])
        if f["rule"] not in CODE_RULES or lang is None:
            continue
        s = stats[lang]
        if is_test(f["path"]):
            s["in tests"] += 1
            continue
        s["findings"] += 1
        if f.get("fixes"):
            s["with fix"] += 1
            k = (f["rule"], f["path"], f["fingerprint"])
            if left[k] > 0:
                left[k] -= 1
            else:
                s["applied"] += 1
    for p in changed:
        lang = lang_of(p) or "other"
        s = stats[lang]
        s["files"] += 1
        res = checks.results.get(p, {})
        if all(v is not False for v in res.values()):
            s["passed"] += 1
        if any(v is None for v in res.values()):
            s["n/a"] += 1
        if p not in again:
            s["idempotent"] += 1

    print("| language | code findings | with a fix | % | applied | files changed | checks passed | idempotent | (in test files, no fix) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    total = collections.Counter()
    for lang in ORDER + sorted(set(stats) - set(ORDER)):
        s = stats.get(lang)
        if not s:
            continue
        total.update(s)
        print("| %s | %d | %d | %s | %d | %d | %d | %d | %d |" % (
            lang, s["findings"], s["with fix"], pct(s["with fix"], s["findings"]), s["applied"], s["files"],
            s["passed"], s["idempotent"], s["in tests"]))
    print("| **all** | %d | %d | %s | %d | %d | %d | %d | %d |" % (
        total["findings"], total["with fix"], pct(total["with fix"], total["findings"]), total["applied"],
        total["files"], total["passed"], total["idempotent"], total["in tests"]))
    print()
    per_check = collections.defaultdict(collections.Counter)
    for p, res in checks.results.items():
        for name, v in res.items():
            per_check[name]["passed" if v else "failed" if v is False else "n/a"] += 1
    print("checks: " + "; ".join("%s %d passed, %d failed, %d n/a" % (n, c["passed"], c["failed"], c["n/a"])
                                 for n, c in sorted(per_check.items())))
    print("fixes still offered after --fix: %d; files changed by a second --fix: %d" % (len(still_fixable), len(again)))
    for l in summary:
        print(l)
    failed = {p: n for p, n in checks.notes.items() if n}
    if failed:
        print("\nfailed checks:")
        for p in sorted(failed):
            print("  %s: %s" % (os.path.relpath(p, fixed_root), " | ".join(failed[p])[:600]))
    if args.details:
        for f in still_fixable:
            print("  still fixable: %s:%d %s" % (os.path.relpath(f["path"], fixed_root), f["start"]["line"], f["rule"]))
    print("\nfixed tree kept in %s" % fixed_root, file=sys.stderr)
    return 1 if failed or again else 0


def pct(a, b):
    return "%.0f%%" % (100.0 * a / b) if b else "-"


if __name__ == "__main__":
    sys.exit(main())
