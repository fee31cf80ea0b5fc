// Package gochecker runs the Go analyzers (goanalyzer) inside keylint's own engine, on one file
// at a time in syntax-only mode: no build, no go.mod, no module downloads, so code that does not
// compile is still checked, and the findings are the ones golangci-lint's plugin reports.
package gochecker

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/goanalyzer"
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
	if err != nil {
		p.Fail(fmt.Errorf("syntax errors, checked what parsed: %v", firstLine(err)))
	}
	if ast.IsGenerated(f) && !p.Opts.IncludeGenerated {
		return
	}
	opts := goanalyzer.Options{KeyNames: p.Opts.KeyNames, Markers: p.Opts.Markers, IncludeGenerated: true, Scope: p.Opts.Scope}
	a := goanalyzer.NewAll(opts)
	pass := &analysis.Pass{
		Analyzer: a,
		Fset:     fset,
		Files:    []*ast.File{f},
		ReadFile: func(string) ([]byte, error) { return p.Src, nil },
		Report: func(d analysis.Diagnostic) {
			fd := p.Reportf(d.Category, span(fset, d.Pos, d.End), strings.TrimPrefix(d.Message, d.Category+": "))
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
	if _, err := a.Run(pass); err != nil {
		p.Fail(err)
	}
	for _, imp := range f.Imports {
		if strings.Contains(imp.Path.Value, "Azure/") || strings.Contains(imp.Path.Value, "openai-go") {
			p.Azure = true
		}
	}
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
