package scan

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"sync/atomic"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/parsers"
	"github.com/keylint/keylint/syntax"
)

// checkFile runs the checkers for the file's language and turns their raw findings into
// finished ones: severities applied, suppressions honoured, positions and redacted snippets.
func (w *worker) checkFile(ctx context.Context, j job, lang *parsers.Language, src []byte) ([]keylint.Finding, error) {
	var found []keylint.Finding
	var fileErr error
	cm := &comments{markers: lang.Comments}

	// The context-free key formats apply to the raw bytes of every file.
	text := &check.Pass{Path: j.display, Lang: lang.Lang, Src: src, Opts: w.cfg.Opts}
	for _, c := range analyzers.For(keylint.Text) {
		c.Check(text)
	}
	found = append(found, text.Findings()...)

	switch {
	case lang.Lang == keylint.Notebook:
		fs, err := w.checkNotebook(ctx, j, src, cm)
		found, fileErr = append(found, fs...), err
	case lang.Grammar != "" && minified(j.display, src):
		// Bundles are generated code: the key formats above are what matters in them, and
		// grammars are slow (external scanners can even fail) on megabyte-long lines.
	case lang.Grammar != "":
		tree, err := w.parse(ctx, lang.Grammar, src)
		if err != nil {
			fileErr = err
			break
		}
		fs, err := w.runCheckers(j.display, lang.Lang, src, tree)
		dropFixesNearErrors(fs, tree)
		found, fileErr = append(found, fs...), err
		cm.spans = commentSpans(tree, nil)
	default:
		// Formats without a grammar (PowerShell, dotenv, JSON, ...) have checkers that read the bytes.
		fs, err := w.runCheckers(j.display, lang.Lang, src, nil)
		found, fileErr = append(found, fs...), err
	}
	return w.finish(j.display, src, cm, found), fileErr
}

func (w *worker) parse(ctx context.Context, lang string, src []byte) (*syntax.Tree, error) {
	tree, err := w.parser.Parse(ctx, lang, src)
	if err != nil {
		return nil, fmt.Errorf("not parsed as %s, only key formats checked: %w", lang, err)
	}
	atomic.AddInt64(&w.stats.Parsed, 1)
	return tree, nil
}

// maxLineLength is where a line stops looking hand-written.
const maxLineLength = 10000

// minified reports a bundle: a .min.* name, or a line longer than maxLineLength.
func minified(path string, src []byte) bool {
	if strings.Contains(filepath.Base(path), ".min.") {
		return true
	}
	for len(src) > maxLineLength {
		i := bytes.IndexByte(src[:maxLineLength+1], '\n')
		if i < 0 {
			return true
		}
		src = src[i+1:]
	}
	return false
}

// runCheckers runs the language's own checkers (not the text check) on a parsed tree.
func (w *worker) runCheckers(path string, lang keylint.Lang, src []byte, tree *syntax.Tree) ([]keylint.Finding, error) {
	p := &check.Pass{Path: path, Lang: lang, Src: src, Tree: tree, Opts: w.cfg.Opts}
	if lang == keylint.Dotenv {
		p.Git = func() check.GitStatus { return w.gitStatus(path) }
	}
	for _, c := range analyzers.For(lang)[1:] {
		c.Check(p)
	}
	if p.Azure || lang == keylint.Dotenv && len(p.Findings()) > 0 {
		w.sawAzure.Store(true)
	}
	return p.Findings(), p.Err()
}

// checkNotebook checks the code cells as one Python file and maps every span back into the
// .ipynb bytes, so lines and columns point into the notebook itself.
func (w *worker) checkNotebook(ctx context.Context, j job, src []byte, cm *comments) ([]keylint.Finding, error) {
	nb, err := parsers.ReadNotebook(src)
	if err != nil {
		return nil, fmt.Errorf("%w; code cells not checked", err)
	}
	var out []keylint.Finding
	cm.spans = []keylint.Span{}
	// Python cells, then the cells of polyglot notebooks' other languages.
	type part struct {
		lang          keylint.Lang
		name, grammar string // name as parsers.Notebook knows it
		code          *parsers.Mapped
	}
	parts := []part{{keylint.Python, "python", "python", &nb.Code}}
	for _, name := range []string{"csharp", "javascript", "powershell"} {
		if m := nb.Others[name]; m != nil {
			l := map[string]keylint.Lang{"csharp": keylint.CSharp, "javascript": keylint.JavaScript, "powershell": keylint.PowerShell}[name]
			parts = append(parts, part{l, name, parsers.Get(l).Grammar, m})
		}
	}
	for _, part := range parts {
		if len(part.code.Text) == 0 {
			continue
		}
		var tree *syntax.Tree
		if part.grammar != "" {
			if tree, err = w.parse(ctx, part.grammar, part.code.Text); err != nil {
				return out, err
			}
		}
		fs, _ := w.runCheckers(j.display, part.lang, part.code.Text, tree)
		dropFixesNearErrors(fs, tree)
		code := part.code
		mapSpan := func(s keylint.Span) keylint.Span {
			start := code.FileOffset(s.Start)
			end := start
			if s.End > s.Start {
				end = code.FileOffset(s.End-1) + 1
			}
			return keylint.Span{Start: start, End: end}
		}
		for i := range fs {
			fs[i].Span = mapSpan(fs[i].Span)
			for k := range fs[i].Secrets {
				fs[i].Secrets[k] = mapSpan(fs[i].Secrets[k])
			}
			var moved []keylint.Fix
			for _, fix := range fs[i].Fixes {
				if nf, ok := notebookFix(src, code, part.name, fix, j.display); ok {
					moved = append(moved, nf)
				}
			}
			fs[i].Fixes = moved
		}
		out = append(out, fs...)
		if tree != nil {
			cm.spans = append(cm.spans, commentSpans(tree, mapSpan)...)
		}
	}
	sort.Slice(cm.spans, func(a, b int) bool { return cm.spans[a].Start < cm.spans[b].Start })
	return out, nil
}

// commentSpans lists the comment nodes of a tree, mapped into file offsets when the tree was
// parsed from extracted code. Never nil, so a parsed file without comments suppresses nothing.
func commentSpans(tree *syntax.Tree, mapSpan func(keylint.Span) keylint.Span) []keylint.Span {
	spans := []keylint.Span{}
	for i := range tree.Nodes {
		if n := &tree.Nodes[i]; n.Kind == "comment" {
			sp := keylint.Span{Start: n.Start, End: n.End}
			if mapSpan != nil {
				sp = mapSpan(sp)
			}
			spans = append(spans, sp)
		}
	}
	return spans
}

// finish applies severities and suppressions and fills in positions and redacted snippets.
func (w *worker) finish(path string, src []byte, cm *comments, fs []keylint.Finding) []keylint.Finding {
	if len(fs) == 0 && !w.cfg.Strict {
		return nil
	}
	idx := newLineIndex(src)
	used := map[int]bool{}
	if w.cfg.Strict {
		defer func() { w.reportUnused(path, idx, cm, used) }()
	}
	var secrets []keylint.Span
	for _, f := range fs {
		secrets = append(secrets, f.Secrets...)
	}
	out := fs[:0]
	for _, f := range fs {
		sev, ok := w.severity(f.RuleID, f.Severity)
		if !ok {
			continue
		}
		f.Severity = sev
		f.Path = path
		f.Start = idx.position(f.Span.Start)
		f.End = idx.position(f.Span.End)
		if at, ok := suppressed(idx, cm, f.RuleID, f.Start.Line); ok {
			used[at] = true
			continue
		}
		f.Snippet = idx.redactedLine(f.Start.Line, secrets)
		f.Fingerprint = fingerprint(f.RuleID, path, src[f.Span.Start:f.Span.End])
		for i := range f.Fixes {
			f.Fixes[i].Preview = idx.preview(f.Fixes[i], path, secrets)
			for k := range f.Fixes[i].Edits {
				e := &f.Fixes[i].Edits[k]
				e.StartPos, e.EndPos = idx.position(e.Start), idx.position(e.End)
			}
		}
		out = append(out, f)
	}
	return out
}

// reportUnused records the keylint:ignore comments of a file that suppressed nothing (--strict).
func (w *worker) reportUnused(path string, idx *lineIndex, cm *comments, used map[int]bool) {
	for _, at := range suppressionComments(idx, cm) {
		if used[at] {
			continue
		}
		pos := idx.position(at)
		_, le := idx.lineSpan(pos.Line)
		text := strings.TrimRight(strings.ToValidUTF8(string(idx.src[at:le]), "\uFFFD"), " \t\"\\n")
		w.mu.Lock()
		w.unused = append(w.unused, Suppression{Path: path, Line: pos.Line, Text: clip(text)})
		w.mu.Unlock()
	}
}

// dropFixesNearErrors removes the fixes that edit within a line of a syntax error: the tree
// there may be a guess, and the rewrite could not be shown to leave a file that parses. Fixes
// elsewhere in the file stay (a notebook's bare display expression is an error in C#).
func dropFixesNearErrors(fs []keylint.Finding, tree *syntax.Tree) {
	if tree == nil || !tree.HasError {
		return
	}
	src := tree.Src
	var bad []keylint.Span
	for i := range tree.Nodes {
		n := &tree.Nodes[i]
		if !n.IsError && !(n.End == n.Start && n.Named) {
			continue
		}
		// The error's lines, and one line either side.
		start := max(0, bytes.LastIndexByte(src[:n.Start], '\n'))
		start = bytes.LastIndexByte(src[:start], '\n') + 1
		end := n.End
		for k := 0; k < 2 && end < len(src); k++ {
			if nl := bytes.IndexByte(src[end:], '\n'); nl >= 0 {
				end += nl + 1
			} else {
				end = len(src)
			}
		}
		bad = append(bad, keylint.Span{Start: start, End: end})
	}
	for i := range fs {
		kept := fs[i].Fixes[:0]
		for _, fix := range fs[i].Fixes {
			if !editsTouch(fix.Edits, bad) {
				kept = append(kept, fix)
			}
		}
		fs[i].Fixes = kept
	}
}

func editsTouch(edits []keylint.Edit, spans []keylint.Span) bool {
	for _, e := range edits {
		for _, s := range spans {
			if e.Start <= s.End && e.End >= s.Start {
				return true
			}
		}
	}
	return false
}

// fingerprint hashes what identifies a finding whatever moves around it: the rule, the path
// and the finding's text with whitespace collapsed (so re-indenting keeps it). The hash never
// shows the text, which may hold a key.
func fingerprint(rule, path string, text []byte) string {
	h := sha256.New()
	h.Write([]byte(rule))
	h.Write([]byte{0})
	h.Write([]byte(strings.TrimPrefix(filepath.ToSlash(filepath.Clean(path)), "./")))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(strings.Fields(string(text)), " ")))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// severity returns a rule's effective severity: the config's for the rule, else what the
// checker chose for this finding (KL201 depends on git), else the rule's default. ok is false
// when the rule is switched off.
func (e *engine) severity(rule string, chosen keylint.Severity) (keylint.Severity, bool) {
	if s, set := e.cfg.Severity[rule]; set {
		return s, s != keylint.Off
	}
	if chosen != keylint.Off {
		return chosen, true
	}
	if r := analyzers.ByID(rule); r != nil {
		return r.Severity, true
	}
	return keylint.Warning, true
}
