// Command reparse counts the syntax errors tree-sitter finds in files, as keylint parses them:
// scripts/fix-realcode.sh compares the count before and after --fix, so a rewrite that breaks
// the syntax of a language without a compiler here (C#, Java without its classpath, shell) is
// caught. A notebook counts the errors of its code cells, per language. It prints one line per
// file: the error count and the path, or -1 when the file could not be parsed at all.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/parsers"
	"github.com/keylint/keylint/syntax"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: reparse FILE...")
		os.Exit(2)
	}
	p := parsers.NewParser()
	defer p.Close()
	for _, path := range os.Args[1:] {
		fmt.Printf("%d\t%s\n", errorsIn(p, path), path)
	}
}

// errorsIn is the number of error and missing nodes in the file, or -1.
func errorsIn(p *parsers.Parser, path string) int {
	src, err := os.ReadFile(path)
	if err != nil {
		return -1
	}
	lang := parsers.ForPath(path, src)
	if lang == nil {
		return -1
	}
	if lang.Lang != keylint.Notebook {
		if lang.Grammar == "" {
			return -1
		}
		return count(p, lang.Grammar, src)
	}
	nb, err := parsers.ReadNotebook(src)
	if err != nil {
		return -1
	}
	n := count(p, "python", nb.Code.Text)
	for name, code := range nb.Others {
		if g := map[string]string{"csharp": "csharp", "javascript": "javascript"}[name]; g != "" {
			n += count(p, g, code.Text)
		}
	}
	return n
}

func count(p *parsers.Parser, grammar string, src []byte) int {
	if len(src) == 0 {
		return 0
	}
	tree, err := p.Parse(context.Background(), grammar, src)
	if err != nil {
		return -1
	}
	return errorNodes(tree)
}

func errorNodes(t *syntax.Tree) int {
	n := 0
	for i := range t.Nodes {
		if t.Nodes[i].IsError {
			n++
		}
	}
	if n == 0 && t.HasError {
		n = 1 // a missing node tree-sitter inserted
	}
	return n
}
