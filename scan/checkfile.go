package scan

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/fixes"
	"github.com/keylint/keylint/parsers"
	"github.com/keylint/keylint/syntax"
)

// checkFile runs the checkers for the file's language and turns their raw findings into
// finished ones: severities applied, suppressions honoured, positions and redacted snippets.
func (w *worker) checkFile(ctx context.Context, j job, lang *parsers.Language, src []byte) ([]keylint.Finding, error) {
	cm := &comments{markers: lang.Comments}
	// A UTF-8 byte order mark is not part of the first line: checkers see the file without it
	// (a .env's first name, a Bicep resource on line 1), and every span moves back after.
	body, shift := src, 0
	if bytes.HasPrefix(src, utf8BOM) {
		body, shift = src[len(utf8BOM):], len(utf8BOM)
	}
	if w.cfg.Hits {
		w.notes = &hitNotes{}
	}
	found, err := w.checkBody(ctx, j, lang, body, cm)
	if !w.cfg.FixTests && fixes.IsTestFile(j.display) {
		for i := range found {
			found[i].Fixes = nil // tests mock clients and assert on keys: reported, not rewritten
		}
	}
	if w.cfg.Hits && lang.Lang != keylint.Notebook {
		w.accountFile(j.display, body, lang.Lang, found, cm)
	}
	if shift > 0 {
		shiftFindings(found, shift)
		for i := range cm.spans {
			cm.spans[i].Start += shift
			cm.spans[i].End += shift
		}
	}
	return w.finish(j.display, src, cm, found), err
}

// skipNote records why a file's code rules did not run, for its hits' outcomes.
func (w *worker) skipNote(why string) {
	if w.notes != nil {
		w.notes.skip = why
	}
}

// accountFile gives the keyword hits of a file (without its byte order mark) their outcomes.
func (w *worker) accountFile(path string, src []byte, lang keylint.Lang, found []keylint.Finding, cm *comments) {
	idx := newLineIndex(src)
	starts := lineStarts(src)
	lineOf := func(off int) int { return lineAt(starts, off) }
	suppressedAt := map[int]bool{}
	for i, f := range found {
		if _, ok := suppressed(idx, cm, f.RuleID, lineOf(f.Span.Start)); ok {
			suppressedAt[i] = true
		}
	}
	inComment := func(off int) bool {
		if _, ok := cm.start(idx, lineOf(off), off); ok {
			return true
		}
		// PowerShell's block comments (<# comment-based help #>) span lines.
		return lang == keylint.PowerShell && bytes.LastIndex(src[:off], []byte("<#")) > bytes.LastIndex(src[:off], []byte("#>")) &&
			bytes.Contains(src[off:], []byte("#>")) // an unclosed <# hides nothing
	}
	w.file.hits = append(w.file.hits, accountHits(path, src, lang, found, suppressedAt, w.notes, inComment, lineOf)...)
}

var utf8BOM = []byte("\uFEFF")

// shiftFindings moves every offset of the findings by n bytes.
func shiftFindings(fs []keylint.Finding, n int) {
	for i := range fs {
		f := &fs[i]
		f.Span.Start += n
		f.Span.End += n
		for k := range f.Secrets {
			f.Secrets[k].Start += n
			f.Secrets[k].End += n
		}
		for k := range f.Fixes {
			for e := range f.Fixes[k].Edits {
				f.Fixes[k].Edits[e].Start += n
				f.Fixes[k].Edits[e].End += n
			}
		}
	}
}

// checkBody runs the checkers on a file's contents (without a byte order mark).
func (w *worker) checkBody(ctx context.Context, j job, lang *parsers.Language, src []byte, cm *comments) ([]keylint.Finding, error) {
	var found []keylint.Finding
	var fileErr error
	w.pending = w.pending[:0]
	defer w.flushClients(j.display, src)
	// The context-free key formats apply to the raw bytes of every file.
	text := &check.Pass{Path: j.display, Lang: lang.Lang, Src: src, Opts: w.cfg.Opts}
	for _, c := range analyzers.For(keylint.Text) {
		c.Check(text)
	}
	found = append(found, text.Findings()...)

	// A Vue/Svelte/Astro component or an HTML page: its script blocks are checked as code, in a
	// copy of the file with the markup blanked (offsets unchanged), and reported without fixes
	// (an import or credential a fix adds belongs in a block, which the rewriters do not know).
	code := src
	if lang.Embedded {
		e, ok := parsers.EmbeddedScripts(src, strings.ToLower(filepath.Ext(j.display)))
		if !ok {
			w.skipNote(OutcomeMarkup)
			return found, nil
		}
		code = e.Code
		embedded := *lang
		embedded.Grammar = e.Grammar
		if e.Grammar == "typescript" {
			embedded.Lang = keylint.TypeScript
		}
		lang = &embedded
		if w.notes != nil {
			w.notes.markup = &e
		}
		defer func() {
			for i := range found {
				found[i].Fixes = nil
			}
		}()
	}

	switch {
	case lang.Lang == keylint.Notebook:
		fs, err := w.checkNotebook(ctx, j, src, cm)
		found, fileErr = append(found, fs...), err
	case lang.Grammar != "" && bundle(j.display, code):
		// Bundles are generated code: the key formats above are what matters in them, and
		// grammars are slow on megabyte-long lines.
		w.skipNote(OutcomeBundle)
	case lang.Grammar != "" && !w.cfg.Opts.IncludeGenerated && generatedHeader(code, lang.Comments):
		// Generated code (an SDK's models, a designer's file) is not where a program
		// authenticates, and is large: as golangci-lint and .NET's analyzers do, the code rules
		// skip it, the key formats above still apply, --include-generated checks it.
		w.skipNote(OutcomeGenerated)
	case lang.Grammar != "" && lang.Lang != keylint.Shell && !needsTree(code):
		// Nothing a grammar could show is possible here (see needsTree): the key formats above
		// are all there is to find, and the parse is saved.
		w.file.stats.Unparsed++
	case lang.Grammar != "" && len(code) > MaxParseSize:
		w.skipNote(OutcomeParseCap)
		fileErr = partialError{fmt.Errorf("%s is over the %s parse cap: checked for key formats only", humanSize(int64(len(src))), humanSize(MaxParseSize))}
	case lang.Grammar != "":
		release, err := w.reserve(ctx, len(code))
		if err != nil {
			fileErr = err
			break
		}
		tree, err := w.parse(ctx, lang.Grammar, code)
		if err != nil {
			release()
			fileErr = err
			break
		}
		fs, err := w.runCheckers(j.display, lang.Lang, code, tree)
		dropFixesNearErrors(fs, tree)
		found, fileErr = append(found, fs...), err
		cm.spans = commentSpans(tree, nil)
		release()
	default:
		// Formats without a grammar (PowerShell, dotenv, JSON, ...) have checkers that read the bytes.
		fs, err := w.runCheckers(j.display, lang.Lang, src, nil)
		found, fileErr = append(found, fs...), err
	}
	return found, fileErr
}

// MaxParseSize is the largest source a grammar parses: a parse and its checks take about 100
// bytes of memory per byte of dense code, so bigger files (only scanned when --max-file-size is
// raised) are checked without a tree, for key formats, in memory a small multiple of their size.
const MaxParseSize = DefaultMaxFileSize

// parseBudget bounds the source bytes being parsed and checked at once across workers, so peak
// memory does not grow with the worker count: a file of the whole budget or more runs alone.
const parseBudget = 2 << 20

// reserve waits until n bytes (at most the whole budget) of the parse budget are free and takes
// them; the returned func gives them back.
func (w *worker) reserve(ctx context.Context, n int) (func(), error) {
	n = min(max(n, 1), parseBudget)
	if err := w.budget.Acquire(ctx, int64(n)); err != nil {
		return nil, err
	}
	return func() {
		if n >= bigParse {
			// A big file's tree and facts are garbage now: collect them before the next parse
			// adds its C heap to a Go heap the collector has not yet looked at.
			runtime.GC()
		}
		w.budget.Release(int64(n))
	}, nil
}

// bigParse is the source size after which the garbage of a parse is collected at once.
const bigParse = 512 << 10

func (w *worker) parse(ctx context.Context, lang string, src []byte) (*syntax.Tree, error) {
	tree, err := w.parser.Parse(ctx, lang, src)
	if err != nil {
		return nil, fmt.Errorf("not parsed as %s, only key formats checked: %w", lang, err)
	}
	w.file.stats.Parsed++
	return tree, nil
}

// needsTree is the second, cheap candidate check for the parsed code languages (shell scripts
// also carry infrastructure rules, role assignments and key listings, and are always parsed):
// every code rule but
// one needs the word "key" somewhere in the file (api_key, apiKey, KeyCredential, api-key,
// Ocp-Apim-Subscription-Key, an *_KEY setting, a key-like name for a classic key); the one that
// does not (KL107, a client built with no credential) needs the client's name; and a client
// built keylessly, which the migration view counts, names a credential or token provider.
func needsTree(src []byte) bool {
	for i := 0; i+3 <= len(src); {
		j := bytes.IndexAny(src[i:], "kK")
		if j < 0 {
			break
		}
		i += j
		if i+3 <= len(src) && (src[i+1]|0x20) == 'e' && (src[i+2]|0x20) == 'y' && keyLikeAt(src, i) {
			return true
		}
		i++
	}
	for _, mark := range treeMarks {
		if bytes.Contains(src, mark) {
			return true
		}
	}
	return hasHexRun32(src) // a classic key under a plain name (key = "…")
}

// keyLikeAt reports whether the word holding the "key" at i names a key: api_key, apiKey,
// AZURE_OPENAI_KEY, api-key, AzureKeyCredential. Not keyboard, keyword, KeyError, or a bare
// key or keys (a loop variable, dict.keys()): a finding on one of those has a more specific
// word elsewhere in the file (the setting it was read from, the parameter it is passed to).
func keyLikeAt(src []byte, i int) bool {
	start, end := i, i+3
	for start > 0 && isIdentOrDash(src[start-1]) {
		start--
	}
	for end < len(src) && isIdentOrDash(src[end]) {
		end++
	}
	word := string(src[start:end])
	if start > 1 && src[start-1] == ':' && isIdentOrDash(src[start-2]) && end-start == 3 {
		// A configuration path's last part, Configuration["CognitiveServices:Key"]: the
		// path names the key.
		for start > 0 && (isIdentOrDash(src[start-1]) || src[start-1] == ':') {
			start--
		}
		word = string(src[start:end])
	}
	switch strings.ToLower(word) {
	case "key", "keys", "keyerror", "-key", "key-":
		return false
	}
	if strings.Contains(strings.ToLower(word), "keycredential") {
		return true
	}
	return azurectx.IsKeyLikeName(word)
}

func isIdentOrDash(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// treeMarks are the name parts of every client that reads a key from the environment when given
// no credential (coderules.EnvFallbackClients, C#'s AzureOpenAIClient), of keyless credentials
// (DefaultAzureCredential, TokenCredential, token providers), and of key factories whose key
// argument may carry no key word.
var treeMarks = [][]byte{[]byte("AzureOpenAI"), []byte("AzureChat"), []byte("AzureText"), []byte("Credential"),
	[]byte("oken_provider"), []byte("okenProvider"),
	// The Speech SDK's factories take the key by position, often a property named just Key:
	// SpeechConfig.FromSubscription(Key, Region), SpeechConfig(subscription=key, region=r).
	[]byte("FromSubscription"), []byte("fromSubscription"), []byte("subscription=")}

// bundleLineLength is a line no person wrote: a minified bundle's. Shorter long lines (an
// embedded base64 logo, a data table) do not stop a file from being parsed.
const bundleLineLength = 256 << 10

// buildOutputDirs are the output directories of web frameworks' builds (Next.js's .next, Nuxt's
// .nuxt and .output, SvelteKit's, Vercel's, Angular's and Docusaurus's caches): compiled
// bundles of the app and its packages, committed by mistake, never where it is written.
var buildOutputDirs = []string{".next", ".nuxt", ".output", ".svelte-kit", ".vercel", ".angular", ".docusaurus"}

// bundle reports generated, minified code: a .min.* name, a file in a web framework's build
// output, or a line of bundleLineLength bytes or more.
func bundle(path string, src []byte) bool {
	if strings.Contains(filepath.Base(path), ".min.") {
		return true
	}
	for _, d := range buildOutputDirs {
		if strings.HasPrefix(path, d+"/") || strings.Contains(path, "/"+d+"/") {
			return true
		}
	}
	for len(src) > bundleLineLength {
		i := bytes.IndexByte(src[:bundleLineLength+1], '\n')
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
	w.note(p)
	if w.notes != nil {
		w.notes.dismissals = append(w.notes.dismissals, p.Dismissals()...)
		w.notes.azure = w.notes.azure || p.Azure
		if tree != nil {
			w.notes.tree = tree
		}
	}
	w.file.readOthers = w.file.readOthers || p.ReadOthers
	for _, d := range p.DependsOn {
		if !slices.Contains(w.file.dependsOn, d) {
			w.file.dependsOn = append(w.file.dependsOn, d)
		}
	}
	if p.Azure || lang == keylint.Dotenv && p.Count() > 0 {
		w.file.azure = true
	}
	if err := p.Err(); err != nil {
		return p.Findings(), err
	}
	if err := p.PartialErr(); err != nil {
		return p.Findings(), partialError{err}
	}
	return p.Findings(), nil
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
		release := func() {}
		if part.grammar != "" {
			if len(part.code.Text) > MaxParseSize {
				return out, partialError{fmt.Errorf("%s of %s code is over the %s parse cap: checked for key formats only", humanSize(int64(len(part.code.Text))), part.name, humanSize(MaxParseSize))}
			}
			if release, err = w.reserve(ctx, len(part.code.Text)); err != nil {
				return out, err
			}
			if tree, err = w.parse(ctx, part.grammar, part.code.Text); err != nil {
				release()
				return out, err
			}
		}
		sites := len(w.pending)
		if w.cfg.Hits {
			w.notes = &hitNotes{}
		}
		fs, _ := w.runCheckers(j.display, part.lang, part.code.Text, tree)
		release()
		if w.cfg.Hits {
			w.accountNotebook(j.display, src, part.code, part.lang, fs, tree)
		}
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
		moveNotebookFixes(src, code, part.name, fs, j.display)
		w.mapSince(sites, mapSpan)
		for i := range fs {
			fs[i].Span = mapSpan(fs[i].Span)
			for k := range fs[i].Secrets {
				fs[i].Secrets[k] = mapSpan(fs[i].Secrets[k])
			}
		}
		out = append(out, fs...)
		if tree != nil {
			cm.spans = append(cm.spans, commentSpans(tree, mapSpan)...)
		}
	}
	sort.Slice(cm.spans, func(a, b int) bool { return cm.spans[a].Start < cm.spans[b].Start })
	return out, nil
}

// accountNotebook gives the hits in one language's code cells their outcomes (in code
// offsets, reported on the notebook's own lines); hits elsewhere in the notebook (outputs,
// metadata) are not code.
func (w *worker) accountNotebook(path string, src []byte, code *parsers.Mapped, lang keylint.Lang, fs []keylint.Finding, tree *syntax.Tree) {
	fileStarts := lineStarts(src)
	lineOf := func(codeOff int) int { return lineAt(fileStarts, code.FileOffset(codeOff)) }
	var spans []keylint.Span
	if tree != nil {
		spans = commentSpans(tree, nil)
	}
	inComment := func(off int) bool {
		for _, s := range spans {
			if s.Start <= off && off < s.End {
				return true
			}
		}
		return false
	}
	w.file.hits = append(w.file.hits, accountHits(path, code.Text, lang, fs, nil, w.notes, inComment, lineOf)...)
}

// commentSpans lists the comment nodes of a tree, mapped into file offsets when the tree was
// parsed from extracted code. Never nil, so a parsed file without comments suppresses nothing.
func commentSpans(tree *syntax.Tree, mapSpan func(keylint.Span) keylint.Span) []keylint.Span {
	spans := []keylint.Span{}
	for i := range tree.Nodes {
		if n := &tree.Nodes[i]; n.Kind == "comment" || strings.HasSuffix(n.Kind, "_comment") { // Java's line_comment, block_comment
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
	for i, f := range fs {
		if f.RuleID == "KL106" && len(f.Secrets) == 0 {
			fs[i].Secrets = []keylint.Span{f.Span} // a hard-coded key finding is the key
		}
		secrets = append(secrets, fs[i].Secrets...)
	}
	w.file.addSecrets(src, secrets)
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
		w.file.unused = append(w.file.unused, Suppression{Path: path, Line: pos.Line, Text: clip(text)})
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
