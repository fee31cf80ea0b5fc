//go:build cgo

package parsers

import (
	"context"
	"fmt"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/python"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/syntax"
)

// TreeSitterAvailable reports whether this build links the tree-sitter grammars (it needs cgo).
const TreeSitterAvailable = true

type grammar struct {
	once    sync.Once
	load    func() *sitter.Language
	lang    *sitter.Language
	symbols []string // symbol id -> kind name, shared read-only once built
}

var grammars = map[keylint.Lang]*grammar{
	keylint.Python: {load: python.GetLanguage},
}

func (g *grammar) get() *grammar {
	g.once.Do(func() {
		g.lang = g.load()
		n := g.lang.SymbolCount()
		g.symbols = make([]string, n)
		for i := uint32(0); i < n; i++ {
			g.symbols[i] = g.lang.SymbolName(sitter.Symbol(i))
		}
	})
	return g
}

// Parser parses files for one goroutine: tree-sitter parsers are not safe for concurrent use, so
// each scan worker owns one and closes it when done.
type Parser struct {
	ts     map[keylint.Lang]*sitter.Parser
	fields map[string]string // interned field names, so nodes share one string per name
}

// NewParser returns a parser for one goroutine. Close it when done.
func NewParser() *Parser {
	return &Parser{ts: map[keylint.Lang]*sitter.Parser{}, fields: map[string]string{}}
}

// Close frees the C parsers. Relying on finalizers instead made scans slower and bigger.
func (p *Parser) Close() {
	for _, tp := range p.ts {
		tp.Close()
	}
	p.ts = nil
}

// Parse parses src as lang and copies the result into a syntax.Tree; the C tree is freed before
// it returns. A file with syntax errors still yields a tree (HasError set), because tree-sitter
// recovers and the intact parts are worth checking.
//
// ctx is checked before parsing but not handed to tree-sitter: the binding's cancellation flag
// outlives the parse, so a context cancelled just after one parse made the next parse on the
// same parser fail. Files are size-capped, which bounds a parse instead.
func (p *Parser) Parse(ctx context.Context, lang keylint.Lang, src []byte) (*syntax.Tree, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g, ok := grammars[lang]
	if !ok {
		return nil, fmt.Errorf("no grammar for %s", lang)
	}
	g = g.get()
	tp := p.ts[lang]
	if tp == nil {
		tp = sitter.NewParser()
		tp.SetLanguage(g.lang)
		p.ts[lang] = tp
	}
	tree, err := tp.ParseCtx(context.Background(), nil, src)
	if err != nil {
		tp.Reset()
		return nil, fmt.Errorf("parse: %w", err)
	}
	defer tree.Close()
	return p.copyTree(g, tree, src), nil
}

// copyTree walks the C tree once with a cursor, in pre-order, into the flat syntax.Tree.
func (p *Parser) copyTree(g *grammar, tree *sitter.Tree, src []byte) *syntax.Tree {
	root := tree.RootNode()
	out := &syntax.Tree{Src: src, HasError: root.HasError()}
	cur := sitter.NewTreeCursor(root)
	defer cur.Close()

	add := func(parent int) int {
		n := cur.CurrentNode()
		kind := ""
		if sym := int(n.Symbol()); sym < len(g.symbols) {
			kind = g.symbols[sym]
		}
		field := cur.CurrentFieldName()
		if field != "" {
			if interned, ok := p.fields[field]; ok {
				field = interned
			} else {
				p.fields[field] = field
			}
		}
		return out.NewNode(parent, kind, field, int(n.StartByte()), int(n.EndByte()),
			n.IsNamed(), n.IsError() || n.IsMissing())
	}

	parents := []int{}
	last := add(-1)
	for {
		if cur.GoToFirstChild() {
			parents = append(parents, last)
			last = add(last)
			continue
		}
		for {
			if cur.GoToNextSibling() {
				last = add(parents[len(parents)-1])
				break
			}
			if !cur.GoToParent() || len(parents) == 1 {
				out.Link()
				return out
			}
			parents = parents[:len(parents)-1]
		}
	}
}
