#!/usr/bin/env python3
"""Compare `keylint history` with `gitleaks git` on one repository, key by key.

    scripts/compare-history.py REPO KEYLINT.json GITLEAKS.json

Every gitleaks finding whose rule or secret is an Azure AI / OpenAI key must be one keylint
reports: the same secret value (keylint reports each key once, at its first commit; gitleaks
at every commit that adds it). keylint never prints a key, so its secrets are read back from
the repository at the commit, path and span it reports. Prints a Markdown summary with every
key redacted (first 4 characters); exits 1 when keylint misses an Azure/OpenAI key.
"""
import json
import re
import subprocess
import sys

HEX32 = re.compile(r"^(?:[0-9a-f]{32}|[0-9A-F]{32})$")
AI84 = re.compile(r"^[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{12}AAA[A-Za-z0-9]ACOG[A-Za-z0-9]{4}$")
# An OpenAI key carries base64("OpenAI") in the middle (gitleaks' own openai-api-key rule
# requires it too); an sk- token without it is a made-up example, not a key.
OPENAI = re.compile(r"^sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]*T3BlbkFJ[A-Za-z0-9_-]+$")
AZURE_WORDS = re.compile(r"azure|openai|cognitive|aoai|ocp-apim|subscription.?key", re.I)


def redact(s):
    return s[:4] + "…"


def blob(repo, commit, path, cache={}):
    key = (commit, path)
    if key not in cache:
        cache[key] = subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"],
                                    capture_output=True, check=True).stdout
    return cache[key]


def offset(lines, pos):
    """Byte offset of a 1-based line and code-point column."""
    line = lines[pos["line"] - 1].decode("utf-8", "surrogateescape")
    prefix = line[: pos["column"] - 1].encode("utf-8", "surrogateescape")
    return sum(len(l) for l in lines[: pos["line"] - 1]) + len(prefix)


def keylint_secrets(repo, report):
    out = {}
    for f in report["findings"]:
        src = blob(repo, f["commit"], f["path"])
        lines = src.splitlines(keepends=True) or [b""]
        start, end = offset(lines, f["start"]), offset(lines, f["end"])
        out[src[start:end].decode("utf-8", "replace")] = f
    return out


REPO = "."


def near(f, radius=5):
    """The lines around a gitleaks finding, in the commit it names."""
    try:
        lines = blob(REPO, f["Commit"], f["File"]).decode("utf-8", "replace").splitlines()
    except subprocess.CalledProcessError:
        return ""
    i = f["StartLine"] - 1
    return "\n".join(lines[max(0, i - radius): i + radius + 1])


def azure_key(f):
    """Whether a gitleaks finding is an Azure AI / OpenAI key, and of which kind: a 32-hex
    value counts when its line, its path or the lines around it mention Azure or OpenAI."""
    s, rule = f["Secret"], f["RuleID"]
    if AI84.match(s):
        return "84-character Azure AI key"
    if OPENAI.match(s) or "openai" in rule:
        return "OpenAI key"
    if "azure" in rule:
        return "Azure (" + rule + ")"
    if s.lower() == "0123456789abcdef" * 2:
        return ""  # the hex digits in order: a documentation example, not a key
    if HEX32.match(s) and (AZURE_WORDS.search(f.get("Match", "") + f["File"]) or AZURE_WORDS.search(near(f))):
        return "32-hex key in Azure context"
    return ""


def main():
    global REPO
    repo, kl_path, gl_path = sys.argv[1:4]
    REPO = repo
    kl = keylint_secrets(repo, json.load(open(kl_path)))
    gl = json.load(open(gl_path))
    gl_secrets = {}
    for f in gl:
        gl_secrets.setdefault(f["Secret"], []).append(f)
    azure = {s: fs for s, fs in gl_secrets.items() if azure_key(fs[0])}
    missed = {s: fs for s, fs in azure.items() if s not in kl}
    only_kl = {s: f for s, f in kl.items() if s not in gl_secrets}
    name = repo.rstrip("/").split("/")[-1]
    print(f"### {name}\n")
    print(f"- gitleaks: {len(gl)} findings, {len(gl_secrets)} distinct secrets, "
          f"{len(azure)} of them Azure AI / OpenAI keys; keylint reports {len(azure) - len(missed)} of those")
    print(f"- keylint: {len(kl)} committed keys, {len(only_kl)} that gitleaks does not report")
    others = {}
    for s, fs in gl_secrets.items():
        if s not in azure:
            others[fs[0]["RuleID"]] = others.get(fs[0]["RuleID"], 0) + 1
    if others:
        print("- gitleaks' other secrets (distinct, by rule): "
              + ", ".join(f"{r} {n}" for r, n in sorted(others.items(), key=lambda kv: -kv[1])))
    rows = []
    for s, fs in sorted(azure.items(), key=lambda kv: kv[1][0]["Date"]):
        f = fs[0]
        k = kl.get(s)
        rows.append(f"| {redact(s)} | {azure_key(f)} | gitleaks `{f['RuleID']}` ×{len(fs)} | "
                    + (f"{k['rule']} {k['commit'][:12]} `{k['path']}:{k['start']['line']}`" if k else "**missed**") + " |")
    for s, k in sorted(only_kl.items(), key=lambda kv: kv[1]["date"]):
        rows.append(f"| {redact(s)} | keylint only | — | {k['rule']} {k['commit'][:12]} `{k['path']}:{k['start']['line']}` |")
    if rows:
        print("\n| key | kind | gitleaks | keylint (first commit) |\n|---|---|---|---|")
        print("\n".join(rows))
    print()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
