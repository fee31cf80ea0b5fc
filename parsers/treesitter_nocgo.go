//go:build !cgo

package parsers

import (
	"context"
	"errors"

	"github.com/keylint/keylint/syntax"
)

// TreeSitterAvailable reports whether this build links the tree-sitter grammars (it needs cgo).
// Without cgo only the context-free key formats and the non-grammar formats are checked.
const TreeSitterAvailable = false

// ErrNoCgo is returned by Parse in builds without cgo.
var ErrNoCgo = errors.New("built without cgo: no tree-sitter grammars")

// Parser is a stand-in so callers compile without cgo.
type Parser struct{}

// NewParser returns the stand-in parser.
func NewParser() *Parser { return &Parser{} }

// Close does nothing.
func (p *Parser) Close() {}

// Parse always fails without cgo.
func (p *Parser) Parse(ctx context.Context, lang string, src []byte) (*syntax.Tree, error) {
	return nil, ErrNoCgo
}
