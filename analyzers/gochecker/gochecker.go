// Package gochecker runs the Go analyzers (goanalyzer) inside keylint's own engine, on one file
// at a time in syntax-only mode: no build, no go.mod, no module downloads, so code that does not
// compile is still checked, and the findings are the ones golangci-lint's plugin reports.
package gochecker

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/analyzers/goanalyzer"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
)

// Checker implements check.Checker for Go. Generated files ("Code generated ... DO NOT
// EDIT.") are skipped unless the options include them.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Go} }

// Check parses the file and runs every Go rule on it.
func (c Checker) Check(p *check.Pass) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, p.Path, p.Src, parser.ParseComments|parser.SkipObjectResolution)
	if f == nil {
		p.Fail(fmt.Errorf("not parsed as Go: %v", err))
		return
	}
	broken := err != nil
	if broken {
		p.Partial(fmt.Errorf("syntax errors, checked what parsed: %v", firstLine(err)))
	}
	if ast.IsGenerated(f) && !p.Opts.IncludeGenerated {
		return
	}
	opts := goanalyzer.Options{KeyNames: p.Opts.KeyNames, Markers: p.Opts.Markers, IncludeGenerated: true, Scope: p.Opts.Scope, NoFixes: broken,
		Consts: constResolver(p, f), OwnPackage: ownPackage(p)}
	a := goanalyzer.NewAll(opts)
	pass := &analysis.Pass{
		Analyzer: a,
		Fset:     fset,
		Files:    []*ast.File{f},
		ReadFile: func(string) ([]byte, error) { return p.Src, nil },
		Report: func(d analysis.Diagnostic) {
			fd := p.Reportf(d.Category, span(fset, d.Pos, d.End), strings.TrimPrefix(d.Message, d.Category+": "))
			if d.Category == "KL101" || d.Category == "KL102" || d.Category == "KL104" {
				fd.Secrets = append(fd.Secrets, literalSecrets(fset, f, d.Pos, d.End)...)
			}
			if broken {
				return // no rewrite of a file that does not parse: its positions are guesses
			}
			for _, sf := range d.SuggestedFixes {
				fx := keylint.Fix{Message: sf.Message}
				for _, e := range sf.TextEdits {
					s := span(fset, e.Pos, e.End)
					fx.Edits = append(fx.Edits, keylint.Edit{Path: p.Path, Start: s.Start, End: s.End, New: string(e.NewText)})
				}
				fd.Fixes = append(fd.Fixes, fx)
			}
		},
	}
	result, err := a.Run(pass)
	if err != nil {
		p.Fail(err)
	}
	if res, ok := result.(*goanalyzer.Result); ok {
		for _, cs := range res.Clients {
			p.ClientSite(span(fset, cs.Pos, cs.End), cs.Client, cs.Keyless)
		}
		for _, d := range res.Dismissals {
			p.Dismiss(span(fset, d.Pos, d.End), d.Reason)
		}
	}
	dismissUnused(p, fset, f)
	for _, imp := range f.Imports {
		if strings.Contains(imp.Path.Value, "Azure/") || strings.Contains(imp.Path.Value, "openai-go") {
			p.Azure = true
		}
	}
}

// dismissUnused names, for hit accounting (--explain-hits), the places of a Go file that hold a
// key word without using a key: names being defined (parameters, fields, variables, assignment
// targets), string literals (messages, setting names), and values checked or returned.
// Findings come first: a hit on a finding's line is that finding.
func dismissUnused(p *check.Pass, fset *token.FileSet, f *ast.File) {
	at := func(n ast.Node, why string) { p.Dismiss(span(fset, n.Pos(), n.End()), why) }
	at(f.Name, coderules.DismissDefinition) // package azure_apikey
	for _, imp := range f.Imports {
		if imp.Name != nil {
			at(imp.Name, coderules.DismissDefinition) // apikey "example.com/providers/azure_apikey"
		}
	}
	ownTypes := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if t, ok := n.(*ast.TypeSpec); ok {
			ownTypes[t.Name.Name] = true
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			// ApiKeyRoundTripper{ApiKey: config.ApiKey} of a type this file declares: the
			// program's own holder; the key is reported where it is sent (or handed to an SDK).
			if id, ok := n.Type.(*ast.Ident); ok && ownTypes[id.Name] {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						at(kv.Key, coderules.DismissDefinition)
						at(kv.Value, coderules.DismissOwnType)
					}
				}
			}
		case *ast.Field:
			for _, name := range n.Names {
				at(name, coderules.DismissDefinition)
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				at(name, coderules.DismissDefinition)
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				at(l, coderules.DismissDefinition)
			}
		case *ast.IfStmt:
			if n.Cond != nil {
				at(n.Cond, coderules.DismissHandling)
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if _, call := r.(*ast.CallExpr); !call {
					at(r, coderules.DismissHandling)
				}
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				at(n, coderules.DismissString)
			}
		case *ast.FuncDecl:
			at(n.Name, coderules.DismissDefinition)
		case *ast.TypeSpec:
			at(n.Name, coderules.DismissDefinition) // type APIKeyPolicy string
		case *ast.CaseClause:
			for _, e := range n.List {
				at(e, coderules.DismissHandling)
			}
		}
		return true
	})
}

// literalSecrets returns the contents of the string literals inside a key finding that can be
// the key itself (not a URL, a setting's name or a placeholder), so that every output hides
// them whatever their shape.
func literalSecrets(fset *token.FileSet, f *ast.File, pos, end token.Pos) []keylint.Span {
	var out []keylint.Span
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || n.End() <= pos || n.Pos() >= end {
			return n == nil || n.End() > pos && n.Pos() < end
		}
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		v, err := strconv.Unquote(lit.Value)
		if err != nil || strings.Contains(v, "/") || keyformat.IsPlaceholder(v) || keyformat.IsPlainText(v) {
			return true
		}
		sp := span(fset, lit.Pos(), lit.End())
		out = append(out, keylint.Span{Start: sp.Start + 1, End: sp.End - 1})
		return true
	})
	return out
}

func span(fset *token.FileSet, pos, end token.Pos) keylint.Span {
	s := fset.Position(pos).Offset
	e := s
	if end.IsValid() {
		e = fset.Position(end).Offset
	}
	return keylint.Span{Start: s, End: e}
}

func firstLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
