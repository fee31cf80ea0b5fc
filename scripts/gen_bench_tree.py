#!/usr/bin/env python3
"""Write a synthetic source tree for benchmarks: mostly ordinary code and text without any of
keylint's keywords, and one Python file in FINDINGS_EVERY with key-based Azure OpenAI code.

usage: gen_bench_tree.py DIR [SIZE_MB] [FINDINGS_EVERY]
  SIZE_MB: total size (default 500); FINDINGS_EVERY: one Python file in this many gets key-based
  Azure OpenAI code (default 100). Deterministic for given arguments.
"""
import os
import random
import sys

WORDS = ("request response value result handler compute payload context items index total "
         "config logger session buffer stream parse render widget layout record status key").split()

PY_LINES = [
    "def {a}_{b}({c}, {d}=None):",
    "    {a} = {b}.get('{c}', {{}})",
    "    for {a} in {b}:",
    "        {c}.append({a} + {n})",
    "    return {a}({b}) * {n}",
    "class {A}{B}:",
    "    \"\"\"{A} {b} {c} {d}.\"\"\"",
    "import {a}",
    "# {a} {b} {c} {d}",
    "{a}_{b} = [{n}, {m}, {n}]",
]
JS_LINES = [
    "export function {a}{B}({c}, {d}) {{",
    "  const {a} = {b}.map(({c}) => {c} + {n});",
    "  return {a}.filter(Boolean);",
    "}}",
    "// {a} {b} {c}",
    "let {a}{B} = {{ {c}: {n}, {d}: '{b}' }};",
]
CS_LINES = [
    "public int {A}{B}({C} {c}) {{",
    "    var {a} = {b}.{C}({n});",
    "    return {a} + {m};",
    "}}",
    "// {a} {b} {c}",
]
JAVA_LINES = [
    "public int {a}{B}({C} {c}) {{",
    "    var {a} = {b}.{c}({n});",
    "    return {a} + {m};",
    "}}",
    "// {a} {b} {c}",
]
SH_LINES = ["{a}_{b}=\"${c}/{d}\"", "if [ -f \"${a}\" ]; then echo {b}; fi", "# {a} {b} {c}"]
PS_LINES = ["${a}{B} = Get-{A}{B} -Name {c}", "if (${a}) {{ Write-Output ${b} }}", "# {a} {b} {c}"]
TEXT_LINES = ["{A} {b} {c} {d} {a} {b}.", "- {a}: {n}", "{A}{B} {c} {d} {n} {m}", "{a}_digest = \"{h}\""]

AZURE_SNIPPET = '''import os
from openai import AzureOpenAI

key_{n} = os.getenv("AZURE_OPENAI_API_KEY")
client_{n} = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-10-21", api_key=key_{n})
'''


def line(rng, templates):
    a, b, c, d = (rng.choice(WORDS) for _ in range(4))
    return rng.choice(templates).format(a=a, b=b, c=c, d=d, A=a.title(), B=b.title(), C=c.title(),
                                        n=rng.randrange(1000), m=rng.randrange(1000),
                                        h="%032x" % rng.getrandbits(128))


def main():
    root = sys.argv[1]
    size_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    every = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    rng = random.Random(size_mb)
    target = size_mb * 1_000_000
    written = files = 0
    kinds = [(".py", PY_LINES), (".js", JS_LINES), (".md", TEXT_LINES), (".ts", JS_LINES),
             (".py", PY_LINES), (".cs", CS_LINES), (".md", TEXT_LINES), (".java", JAVA_LINES),
             (".py", PY_LINES), (".sh", SH_LINES), (".md", TEXT_LINES), (".ps1", PS_LINES)]
    while written < target:
        d = os.path.join(root, "pkg%03d" % (files // 400), "mod%02d" % (files // 20 % 20))
        os.makedirs(d, exist_ok=True)
        ext, templates = kinds[files % len(kinds)]
        lines = [line(rng, templates) for _ in range(rng.randrange(100, 900))]
        if ext == ".py" and files % (4 * every) < 4:
            lines.insert(len(lines) // 2, AZURE_SNIPPET.format(n=files))
        body = "\n".join(lines) + "\n"
        with open(os.path.join(d, "file%06d%s" % (files, ext)), "w") as f:
            f.write(body)
        written += len(body)
        files += 1
    print("%d files, %.0f MB in %s" % (files, written / 1e6, root))


if __name__ == "__main__":
    main()
