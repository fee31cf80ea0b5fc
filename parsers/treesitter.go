//go:build cgo

package parsers

/*
#include <stdlib.h>
#include "copytree.h"
*/
import "C"

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	// The tree-sitter runtime and grammars, compiled from the pinned smacker/go-tree-sitter
	// module. keylint calls their C API directly (copytree.c): copying a tree node by node
	// through the Go binding cost one cgo call and one map insert per node, three times the
	// parse itself.
	_ "github.com/smacker/go-tree-sitter"
	_ "github.com/smacker/go-tree-sitter/bash"
	_ "github.com/smacker/go-tree-sitter/csharp"
	_ "github.com/smacker/go-tree-sitter/java"
	_ "github.com/smacker/go-tree-sitter/javascript"
	_ "github.com/smacker/go-tree-sitter/python"
	_ "github.com/smacker/go-tree-sitter/typescript/tsx"
	_ "github.com/smacker/go-tree-sitter/typescript/typescript"

	"github.com/keylint/keylint/syntax"
)

// TreeSitterAvailable reports whether this build links the tree-sitter grammars (it needs cgo).
const TreeSitterAvailable = true

type grammar struct {
	once    sync.Once
	load    func() *C.TSLanguage
	lang    *C.TSLanguage
	symbols []string // symbol id -> kind name, shared read-only once built
	fields  []string // field id -> field name
}

var grammars = map[string]*grammar{
	"python":     {load: func() *C.TSLanguage { return C.kl_python() }},
	"javascript": {load: func() *C.TSLanguage { return C.kl_javascript() }},
	"typescript": {load: func() *C.TSLanguage { return C.kl_typescript() }},
	"tsx":        {load: func() *C.TSLanguage { return C.kl_tsx() }},
	"csharp":     {load: func() *C.TSLanguage { return C.kl_csharp() }},
	"java":       {load: func() *C.TSLanguage { return C.kl_java() }},
	"bash":       {load: func() *C.TSLanguage { return C.kl_bash() }},
}

func (g *grammar) get() *grammar {
	g.once.Do(func() {
		g.lang = g.load()
		n := int(C.ts_language_symbol_count(g.lang))
		g.symbols = make([]string, n)
		for i := 0; i < n; i++ {
			g.symbols[i] = C.GoString(C.ts_language_symbol_name(g.lang, C.TSSymbol(i)))
		}
		nf := int(C.ts_language_field_count(g.lang))
		g.fields = make([]string, nf+1) // ids start at 1
		for i := 1; i <= nf; i++ {
			g.fields[i] = C.GoString(C.ts_language_field_name_for_id(g.lang, C.TSFieldId(i)))
		}
	})
	return g
}

// Parser parses files for one goroutine: tree-sitter parsers are not safe for concurrent use, so
// each scan worker owns one and closes it when done.
type Parser struct {
	ts    map[string]*C.TSParser // by grammar
	nodes []C.kl_node            // reused copy buffer
	// cancel is tree-sitter's cancellation flag, in C memory: the parser polls it while it
	// works, so a cancelled context (SIGINT, SIGTERM) stops a long parse within milliseconds.
	cancel *C.size_t
}

// NewParser returns a parser for one goroutine. Close it when done.
func NewParser() *Parser {
	flag := (*C.size_t)(C.calloc(1, C.size_t(unsafe.Sizeof(C.size_t(0)))))
	return &Parser{ts: map[string]*C.TSParser{}, cancel: flag}
}

// Close frees the C parsers.
func (p *Parser) Close() {
	for _, tp := range p.ts {
		C.ts_parser_delete(tp)
	}
	p.ts = nil
	if p.cancel != nil {
		C.free(unsafe.Pointer(p.cancel))
		p.cancel = nil
	}
}

// trimAfter is the source size from which the C heap is trimmed after a parse.
const trimAfter = 256 << 10

// errParseTimeout is returned when tree-sitter gives up on a file.
var errParseTimeout = errors.New("parse took too long")

// Parse parses src with the named grammar (Language.Grammar) and copies the result into a syntax.Tree; the C tree is freed before
// it returns. A file with syntax errors still yields a tree (HasError set), because tree-sitter
// recovers and the intact parts are worth checking. ctx is checked before parsing.
func (p *Parser) Parse(ctx context.Context, lang string, src []byte) (*syntax.Tree, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g, ok := grammars[lang]
	if !ok {
		return nil, fmt.Errorf("no grammar %q", lang)
	}
	g = g.get()
	tp := p.ts[lang]
	if tp == nil {
		tp = C.ts_parser_new()
		C.ts_parser_set_language(tp, g.lang)
		C.ts_parser_set_cancellation_flag(tp, p.cancel)
		p.ts[lang] = tp
	}
	// Raise the flag when ctx ends during the parse; the C side reads it atomically enough
	// (a word-sized store, polled), and it is lowered again before the next parse.
	*p.cancel = 0
	// The flag is captured, and a raise already under way is waited for: otherwise it could run
	// after Parse returned, against a flag that Close has freed (a nil dereference seen in CI).
	flag := (*uintptr)(unsafe.Pointer(p.cancel))
	raised := make(chan struct{})
	stop := context.AfterFunc(ctx, func() { atomic.StoreUintptr(flag, 1); close(raised) })
	defer func() {
		if !stop() {
			<-raised
		}
	}()
	var srcPtr *C.char
	if len(src) > 0 {
		srcPtr = (*C.char)(unsafe.Pointer(&src[0]))
	}
	// tree-sitter reads src only during this call and keeps no pointer to it.
	tree := C.ts_parser_parse_string(tp, nil, srcPtr, C.uint32_t(len(src)))
	if tree == nil {
		C.ts_parser_reset(tp)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return nil, errParseTimeout
	}
	defer func() {
		C.ts_tree_delete(tree)
		if len(src) > trimAfter {
			// glibc keeps freed chunks in its arenas; a big tree's worth is handed back to the
			// system, or the Go heap built next would add to it in the peak.
			C.kl_trim()
		}
	}()

	n := int(C.kl_count(tree))
	if cap(p.nodes) < n {
		p.nodes = make([]C.kl_node, n, n+n/4)
	}
	nodes := p.nodes[:n]
	var hasError C.int
	if n > 0 {
		n = int(C.kl_copy(tree, &nodes[0], C.int(n), &hasError))
	}
	// The copy keeps named nodes only; counting them first sizes the array once (growing it by
	// appending held two copies at a time, the largest allocation of a big file's scan).
	named := 1
	for i := range nodes[:n] {
		if nodes[i].flags&C.KL_NAMED != 0 {
			named++
		}
	}
	out := &syntax.Tree{Src: src, HasError: hasError != 0, Nodes: make([]syntax.Node, 0, named)}
	// Anonymous nodes (punctuation, keywords) are left out: no checker reads them, and they
	// are about half of every tree. A kept node's parent is its nearest kept ancestor.
	mapped := make([]int32, n)
	for i, cn := range nodes[:n] {
		parent := -1
		if cn.parent >= 0 {
			parent = int(mapped[cn.parent])
		}
		if cn.flags&C.KL_NAMED == 0 && i > 0 {
			mapped[i] = int32(parent)
			continue
		}
		kind, field := "", ""
		if int(cn.symbol) < len(g.symbols) {
			kind = g.symbols[cn.symbol]
		}
		if int(cn.field) < len(g.fields) {
			field = g.fields[cn.field]
		}
		mapped[i] = int32(out.NewNode(parent, kind, field, int(cn.start), int(cn.end), true, cn.flags&C.KL_ERROR != 0))
	}
	out.Link()
	return out, nil
}
