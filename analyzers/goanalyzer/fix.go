package goanalyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// The keyless rewrites. Each is one SuggestedFix with every edit it needs: the credential,
// its error check, the changed call, the azidentity import, and the removal of what the key
// argument leaves unused (a key variable, its env read, an import). A function that cannot
// return an error gets no fix: the rewrite would need a decision only its author can make.

// withTokenCredentialFix rewrites azure.WithAPIKey(key) to azure.WithTokenCredential(cred).
func (c *file) withTokenCredentialFix(call *ast.CallExpr) *analysis.SuggestedFix {
	if c.opts.NoFixes {
		return nil
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	fn := "WithTokenCredential"
	if ok {
		fn = exprString(sel.X) + "." + fn
	}
	return c.credentialFix(call, call.Args[0], func(cred string) analysis.TextEdit {
		return analysis.TextEdit{Pos: call.Pos(), End: call.End(), NewText: []byte(fn + "(" + cred + ")")}
	}, "Use azure.WithTokenCredential with azidentity.NewDefaultAzureCredential")
}

// optionKeyFix rewrites option.WithAPIKey(key) in an openai-go client configured for Azure
// (azure.WithEndpoint, or an Azure v1 base URL) to azure.WithTokenCredential(cred), from the
// azure package of the same openai-go major version.
func (c *file) optionKeyFix(call *ast.CallExpr, optionPath string) *analysis.SuggestedFix {
	if c.opts.NoFixes {
		return nil
	}
	azurePath := strings.TrimSuffix(optionPath, "/option") + "/azure"
	name := c.importName(azurePath, "azure")
	if p, taken := c.imports[name]; taken && p != azurePath {
		return nil
	}
	return c.credentialFix(call, call.Args[0], func(cred string) analysis.TextEdit {
		return analysis.TextEdit{Pos: call.Pos(), End: call.End(), NewText: []byte(name + ".WithTokenCredential(" + cred + ")")}
	}, "Use azure.WithTokenCredential with azidentity.NewDefaultAzureCredential", azurePath)
}

// newClientFix rewrites azopenai.NewClientWithKeyCredential(ep, kc, o) to
// azopenai.NewClient(ep, cred, o).
func (c *file) newClientFix(call *ast.CallExpr) *analysis.SuggestedFix {
	if c.opts.NoFixes {
		return nil
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	name := "NewClient"
	if ok {
		name = exprString(sel.X) + "." + name
	}
	return c.credentialFix(call, call.Args[1], func(cred string) analysis.TextEdit {
		text := name + "(" + c.source(call.Args[0]) + ", " + cred + ", " + c.source(call.Args[2]) + ")"
		return analysis.TextEdit{Pos: call.Pos(), End: call.End(), NewText: []byte(text)}
	}, "Use azopenai.NewClient with azidentity.NewDefaultAzureCredential")
}

// credentialFix builds the shared part of the rewrites around rewrite(cred): the credential
// and its error check before the statement, the removal of what only the key used, imports.
func (c *file) credentialFix(call *ast.CallExpr, keyArg ast.Expr, rewrite func(cred string) analysis.TextEdit, msg string, extraImports ...string) *analysis.SuggestedFix {
	if c.opts.NoFixes {
		return nil
	}
	site := c.fixSite(call)
	if site == nil {
		return nil
	}
	cred := site.name(c, "cred")
	prelude, imports := site.credential(c, cred)
	edits := []analysis.TextEdit{{Pos: site.stmt.Pos(), End: site.stmt.Pos(), NewText: []byte(prelude)}, rewrite(cred)}
	removed := []span{{call.Pos(), call.End()}}
	edits = append(edits, c.removeUnused(site.body, keyArg, &removed)...)
	edits = append(edits, c.addImports(append(imports, extraImports...)...)...)
	keep := ""
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
		keep = exprString(sel.X) // the rewritten call still uses its package
	}
	edits = append(edits, c.removeUnusedImports(removed, keep)...)
	sort.Slice(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	return c.recordRemovals(&analysis.SuggestedFix{Message: msg, TextEdits: edits}, removed[1:])
}

// removal is a fix and the declarations it deletes (a key variable and its env read): the
// KL105 finding on such a read carries the same fix.
type removal struct {
	spans []span
	fix   *analysis.SuggestedFix
}

func (c *file) recordRemovals(fix *analysis.SuggestedFix, spans []span) *analysis.SuggestedFix {
	if len(spans) > 0 {
		c.removals = append(c.removals, removal{spans, fix})
	}
	return fix
}

// removalOf is the fix that deletes the declaration holding the env read call, or nil.
func (c *file) removalOf(call *ast.CallExpr) *analysis.SuggestedFix {
	if c.opts.NoFixes {
		return nil
	}
	for _, r := range c.removals {
		for _, s := range r.spans {
			if s.contains(call.Pos()) {
				return r.fix
			}
		}
	}
	return nil
}

// fixSite is where a rewrite inserts the statements that make a credential or token: before
// the statement holding the finding, in a function that can hand an error on.
type fixSite struct {
	stmt ast.Stmt
	body *ast.BlockStmt
	fn   *ast.FuncType
	// exit is the statement that leaves the function with the error err: a return of zero
	// values and err, log.Fatal(err) in main, t.Fatal(err) in a test.
	exit    func(err string) string
	imports []string // what exit needs
	err     string   // the error variable the inserted statements use
}

// fixSite finds the site for a rewrite of n, or nil when the enclosing function has no way to
// pass an error on: it returns no error, and is neither main nor a test. (A function that
// cannot fail would have to panic or drop the error: that is its author's decision.)
func (c *file) fixSite(n ast.Node) *fixSite {
	path, _ := astutil.PathEnclosingInterval(c.f, n.Pos(), n.End())
	site := &fixSite{}
	var decl *ast.FuncDecl
	for i, p := range path {
		if s, ok := p.(ast.Stmt); ok && site.stmt == nil && i+1 < len(path) {
			switch path[i+1].(type) {
			case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
				site.stmt = s
			}
		}
		if site.body == nil {
			switch fn := p.(type) {
			case *ast.FuncDecl:
				site.fn, site.body, decl = fn.Type, fn.Body, fn
			case *ast.FuncLit:
				site.fn, site.body = fn.Type, fn.Body
			}
		}
	}
	if site.stmt == nil || site.body == nil {
		return nil
	}
	site.err = c.errName(path, site)
	results := site.fn.Results
	switch {
	case results != nil && len(results.List) > 0 && exprString(results.List[len(results.List)-1].Type) == "error":
		zeros, ok := c.zeroValues(results)
		if !ok {
			return nil
		}
		site.exit = func(err string) string { return "return " + strings.Join(append(zeros, err), ", ") }
	case decl != nil && decl.Name.Name == "main" && decl.Recv == nil && c.f.Name.Name == "main" && results == nil:
		logName, ok := c.stdName("log")
		if !ok {
			return nil
		}
		site.exit = func(err string) string { return logName + ".Fatal(" + err + ")" }
		site.imports = []string{"log"}
	default:
		t := c.testingParam(site.fn)
		if t == "" {
			return nil
		}
		site.exit = func(err string) string { return t + ".Fatal(" + err + ")" }
	}
	return site
}

// name is the name the site's new variable gets: base for the first rewrite site of the
// function, base2, base3... for the next ones (each fix is planned against the original file,
// and several may be applied at once), never one the function already uses.
func (s *fixSite) name(c *file, base string) string {
	var stmts []ast.Stmt
	ast.Inspect(s.body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // its own function
		}
		if c.isKeySite(n) {
			if site := c.fixSite(n); site != nil && site.body == s.body {
				if len(stmts) == 0 || stmts[len(stmts)-1] != site.stmt {
					stmts = append(stmts, site.stmt)
				}
			}
		}
		return true
	})
	name := base
	for i, st := range stmts {
		if st == s.stmt && i > 0 {
			name = base + strconv.Itoa(i+1)
		}
	}
	return freshName(s.body, name)
}

// check is an error check on err, in the site's indentation, ending where the statement
// starts.
func (s *fixSite) check(c *file, err string) string {
	indent := c.indentOf(s.stmt.Pos())
	return indent + "if " + err + " != nil {\n" + indent + "\t" + s.exit(err) + "\n" + indent + "}\n"
}

// credential is the text inserted before the statement to make cred, and the imports it needs.
func (s *fixSite) credential(c *file, cred string) (string, []string) {
	azid := c.importName(azidentPath, "azidentity")
	indent := c.indentOf(s.stmt.Pos())
	text := cred + ", " + s.err + " := " + azid + ".NewDefaultAzureCredential(nil)\n" + s.check(c, s.err) + indent
	return text, append([]string{azidentPath}, s.imports...)
}

// errName is the error variable the site's statements declare with :=. err when an err is
// in scope there already (the := assigns it) or when declaring one breaks nothing; where a
// later statement of the same block declares err itself (x, err := ... with nothing else
// new, or var err), a fresh name, so that statement still compiles.
func (c *file) errName(path []ast.Node, site *fixSite) string {
	declares := func(st ast.Stmt) bool {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, l := range st.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name == "err" {
						return true
					}
				}
			}
		case *ast.DeclStmt:
			if g, ok := st.Decl.(*ast.GenDecl); ok {
				for _, sp := range g.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok {
						for _, id := range vs.Names {
							if id.Name == "err" {
								return true
							}
						}
					}
				}
			}
		}
		return false
	}
	for _, fl := range []*ast.FieldList{site.fn.Params, site.fn.Results} {
		if fl != nil {
			for _, f := range fl.List {
				for _, id := range f.Names {
					if id.Name == "err" {
						return "err"
					}
				}
			}
		}
	}
	// In scope from an enclosing block's earlier statement, or an if/for/switch init.
	for i, n := range path {
		switch n := n.(type) {
		case *ast.BlockStmt:
			if i == 0 {
				continue
			}
			for _, st := range n.List {
				if st.Pos() >= path[i-1].Pos() {
					break
				}
				if declares(st) {
					return "err"
				}
			}
		case *ast.IfStmt:
			if n.Init != nil && declares(n.Init) {
				return "err"
			}
		case *ast.ForStmt:
			if n.Init != nil && declares(n.Init) {
				return "err"
			}
		case *ast.SwitchStmt:
			if n.Init != nil && declares(n.Init) {
				return "err"
			}
		}
		if n == site.body {
			break
		}
	}
	var block []ast.Stmt
	switch b := parentBlock(path, site.stmt).(type) {
	case *ast.BlockStmt:
		block = b.List
	case *ast.CaseClause:
		block = b.Body
	case *ast.CommClause:
		block = b.Body
	}
	for _, st := range block {
		if st.Pos() > site.stmt.Pos() && declares(st) {
			return freshName(site.body, "credErr")
		}
	}
	return "err"
}

func parentBlock(path []ast.Node, stmt ast.Stmt) ast.Node {
	for i, n := range path {
		if n == stmt && i+1 < len(path) {
			return path[i+1]
		}
	}
	return nil
}

// testingParam is the name of a function's *testing.T, *testing.B or testing.TB parameter, or "".
func (c *file) testingParam(fn *ast.FuncType) string {
	testing, ok := c.stdName("testing")
	if !ok || fn.Params == nil || c.imports[testing] != "testing" {
		return ""
	}
	for _, f := range fn.Params.List {
		switch exprString(f.Type) {
		case "*" + testing + ".T", "*" + testing + ".B", testing + ".TB", "*" + testing + ".F":
			if len(f.Names) == 1 && f.Names[0].Name != "_" {
				return f.Names[0].Name
			}
		}
	}
	return ""
}

// stdName is the local name of a standard package path the fix may use (imported already,
// or to be imported under its own name); ok is false when that name means something else here.
func (c *file) stdName(path string) (string, bool) {
	for local, p := range c.imports {
		if p == path {
			return local, true
		}
	}
	if p, taken := c.imports[path]; taken && p != path {
		return "", false
	}
	taken := false
	ast.Inspect(c.f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == path && id.Obj != nil {
			taken = true // a variable or parameter of that name would hide the package
		}
		return !taken
	})
	return path, !taken
}

// addImports returns the edits adding the paths not imported yet, as one edit where they go
// at one place (two insertions at one offset would clash).
func (c *file) addImports(paths ...string) []analysis.TextEdit {
	var missing []string
	for _, p := range paths {
		imported := false
		for _, imp := range c.f.Imports {
			if q, _ := strconv.Unquote(imp.Path.Value); q == p {
				imported = true
			}
		}
		if !imported && !contains(missing, p) {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	sort.Strings(missing)
	for _, d := range c.f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT && !g.Lparen.IsValid() {
			// import "x" -> import ( "x" ; paths... )
			text := "import (\n\t" + c.source(g.Specs[0])
			for _, p := range missing {
				text += "\n\t" + strconv.Quote(p)
			}
			return []analysis.TextEdit{{Pos: g.Pos(), End: g.End(), NewText: []byte(text + "\n)")}}
		}
	}
	var edits []analysis.TextEdit
	for _, p := range missing {
		e, ok := c.addImport(p)
		if !ok {
			continue
		}
		merged := false
		for i := range edits {
			if edits[i].Pos == e.Pos && edits[i].End == e.End && e.Pos == e.End {
				edits[i].NewText = append(edits[i].NewText, e.NewText...)
				merged = true
			}
		}
		if !merged {
			edits = append(edits, e)
		}
	}
	return edits
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

type span struct{ pos, end token.Pos }

func (s span) contains(p token.Pos) bool { return s.pos <= p && p < s.end }

// removeUnused deletes the declarations of variables whose only use was inside the replaced
// key argument (key := os.Getenv(...); cred := azcore.NewKeyCredential(key)), recursively.
func (c *file) removeUnused(body *ast.BlockStmt, e ast.Expr, removed *[]span) []analysis.TextEdit {
	var edits []analysis.TextEdit
	for _, name := range identsIn(e) {
		decl := declaringStmt(body, name)
		if decl == nil || usesOutside(body, name, *removed, decl) > 0 {
			continue
		}
		start, end := c.lineSpan(decl)
		if removedAlready(*removed, start) {
			// A declaration that names itself (only in broken code): removed once, not again.
			continue
		}
		*removed = append(*removed, span{start, end})
		edits = append(edits, analysis.TextEdit{Pos: start, End: end})
		var rhs ast.Expr
		switch d := decl.(type) {
		case *ast.AssignStmt:
			rhs = d.Rhs[0]
		case *ast.DeclStmt:
			rhs = d.Decl.(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]
		}
		edits = append(edits, c.removeUnused(body, rhs, removed)...)
	}
	return edits
}

func removedAlready(removed []span, p token.Pos) bool {
	for _, s := range removed {
		if s.pos == p || s.contains(p) { // an empty span too (broken positions)
			return true
		}
	}
	return false
}

// declaringStmt finds `name := expr` or `var name = expr` (one name, one value) in body.
func declaringStmt(body *ast.BlockStmt, name string) ast.Stmt {
	var found ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1 {
				if id, ok := s.Lhs[0].(*ast.Ident); ok && id.Name == name {
					found = s
				}
			}
		case *ast.DeclStmt:
			if g, ok := s.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR && len(g.Specs) == 1 {
				if v, ok := g.Specs[0].(*ast.ValueSpec); ok && len(v.Names) == 1 && v.Names[0].Name == name && len(v.Values) == 1 {
					found = s
				}
			}
		}
		return found == nil
	})
	return found
}

// usesOutside counts references to name in body that are not in a removed span and not the
// declaration itself.
func usesOutside(body *ast.BlockStmt, name string, removed []span, decl ast.Stmt) int {
	n := 0
	ast.Inspect(body, func(x ast.Node) bool {
		if x == decl {
			return false
		}
		if id, ok := x.(*ast.Ident); ok && id.Name == name {
			for _, r := range removed {
				if r.contains(id.Pos()) {
					return true
				}
			}
			n++
		}
		return true
	})
	return n
}

// identsIn lists the plain identifiers an expression uses (not package or field selectors).
func identsIn(e ast.Expr) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(x.X, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && x.X == id {
					return false // pkg.Func: the package name is not a variable here
				}
				return true
			})
			return false
		case *ast.Ident:
			out = append(out, x.Name)
		}
		return true
	})
	return out
}

// removeUnusedImports deletes imports whose every use lies in removed spans (the rewritten
// call's old text among them), except keep, the package the new call text still names.
func (c *file) removeUnusedImports(removed []span, keep string) []analysis.TextEdit {
	var edits []analysis.TextEdit
	for _, imp := range c.f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := ""
		for local, p := range c.imports {
			if p == path {
				name = local
			}
		}
		if name == "" || name == keep {
			continue
		}
		uses := c.packageUses()[name]
		used, inRemoved := len(uses), 0
		for _, pos := range uses {
			for _, r := range removed {
				if r.contains(pos) {
					inRemoved++
					break
				}
			}
		}
		if used > 0 && used == inRemoved {
			start, end := c.lineSpan(imp)
			end = c.swallowBlankLineAfterLoneSpec(start, end)
			edits = append(edits, analysis.TextEdit{Pos: start, End: end})
		}
	}
	return edits
}

// packageUses maps each name used as the X of a selector (pkg.Name) to where, from one walk of
// the file: every fix asks which imports it leaves unused.
func (c *file) packageUses() map[string][]token.Pos {
	if c.selectorUses == nil {
		c.selectorUses = map[string][]token.Pos{}
		ast.Inspect(c.f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					c.selectorUses[id.Name] = append(c.selectorUses[id.Name], id.Pos())
				}
			}
			return true
		})
	}
	return c.selectorUses
}

// swallowBlankLineAfterLoneSpec extends the removal of an import line over the blank line
// that follows it when the line before is blank or "import (": the spec was alone in its group.
func (c *file) swallowBlankLineAfterLoneSpec(start, end token.Pos) token.Pos {
	src := c.fileSource()
	tf := c.pass.Fset.File(start)
	if src == nil || tf == nil {
		return end
	}
	s, e := tf.Offset(start), tf.Offset(end)
	prevStart := s - 1
	for prevStart > 0 && src[prevStart-1] != '\n' {
		prevStart--
	}
	prev := strings.TrimSpace(string(src[max(prevStart, 0):max(s-1, 0)]))
	if (prev == "" || prev == "import (") && e < len(src) && src[e] == '\n' {
		return tf.Pos(e + 1)
	}
	return end
}

// addImport returns an edit adding path to the imports, unless it is already imported.
func (c *file) addImport(path string) (analysis.TextEdit, bool) {
	for _, imp := range c.f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == path {
			return analysis.TextEdit{}, false
		}
	}
	spec := strconv.Quote(path)
	for _, d := range c.f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		if !g.Lparen.IsValid() && len(g.Specs) == 0 {
			continue // broken code: an import keyword with nothing after it
		}
		if !g.Lparen.IsValid() {
			// import "x" -> import ( "x" ; path )
			return analysis.TextEdit{Pos: g.Pos(), End: g.End(), NewText: []byte("import (\n\t" + c.source(g.Specs[0]) + "\n\t" + spec + "\n)")}, true
		}
		// Into the group (blank-line separated) whose paths share the most with path, sorted.
		group := c.bestImportGroup(g, path)
		if len(group) == 0 {
			// import (): the first spec goes inside the parentheses.
			return analysis.TextEdit{Pos: g.Lparen + 1, End: g.Lparen + 1, NewText: []byte("\n\t" + spec + "\n")}, true
		}
		for _, is := range group {
			if p, _ := strconv.Unquote(is.Path.Value); p > path {
				start, _ := c.lineSpan(is)
				return analysis.TextEdit{Pos: start, End: start, NewText: []byte("\t" + spec + "\n")}, true
			}
		}
		_, end := c.lineSpan(group[len(group)-1])
		return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\t" + spec + "\n")}, true
	}
	return analysis.TextEdit{Pos: c.f.Name.End(), End: c.f.Name.End(), NewText: []byte("\n\nimport " + spec)}, true
}

// bestImportGroup splits an import block at blank lines and picks the group whose paths share
// the longest prefix with path (third-party next to third-party, not next to "os").
func (c *file) bestImportGroup(g *ast.GenDecl, path string) []*ast.ImportSpec {
	var groups [][]*ast.ImportSpec
	lastLine := -1
	for _, s := range g.Specs {
		is := s.(*ast.ImportSpec)
		line := c.pass.Fset.Position(is.Pos()).Line
		if lastLine < 0 || line > lastLine+1 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], is)
		lastLine = c.pass.Fset.Position(is.End()).Line
	}
	if len(groups) == 0 {
		return nil // import () with nothing in it
	}
	best, bestLen := groups[len(groups)-1], -1
	for _, grp := range groups {
		for _, is := range grp {
			p, _ := strconv.Unquote(is.Path.Value)
			n := 0
			for n < len(p) && n < len(path) && p[n] == path[n] {
				n++
			}
			if n > bestLen {
				best, bestLen = grp, n
			}
		}
	}
	return best
}

// importName is the local name an import path has, or will have once added.
func (c *file) importName(path, def string) string {
	for local, p := range c.imports {
		if p == path {
			return local
		}
	}
	return def
}

// zeroValues spells the zero value of every result but the last (the error). A named type
// without type information becomes *new(T), which is its zero value whatever kind it is.
func (c *file) zeroValues(results *ast.FieldList) ([]string, bool) {
	var out []string
	for i, f := range results.List {
		n := len(f.Names)
		if n == 0 {
			n = 1
		}
		for k := 0; k < n; k++ {
			if i == len(results.List)-1 && k == n-1 {
				continue // the error
			}
			out = append(out, c.zeroValue(f.Type))
		}
	}
	return out, true
}

func (c *file) zeroValue(t ast.Expr) string {
	if c.pass.TypesInfo != nil {
		if tv, ok := c.pass.TypesInfo.Types[t]; ok && tv.Type != nil {
			if z := zeroOfType(tv.Type.Underlying().String(), exprString(t)); z != "" {
				return z
			}
		}
	}
	switch t := t.(type) {
	case *ast.StarExpr, *ast.MapType, *ast.ArrayType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType:
		if a, ok := t.(*ast.ArrayType); ok && a.Len != nil {
			return exprString(t) + "{}"
		}
		return "nil"
	case *ast.Ident:
		switch t.Name {
		case "string":
			return `""`
		case "bool":
			return "false"
		case "error", "any":
			return "nil"
		case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
			"uintptr", "float32", "float64", "complex64", "complex128", "byte", "rune":
			return "0"
		}
	}
	return "*new(" + exprString(t) + ")"
}

// zeroOfType picks a zero value from a type's underlying kind, when type information exists.
func zeroOfType(underlying, written string) string {
	switch {
	case strings.HasPrefix(underlying, "struct"):
		return written + "{}"
	case strings.HasPrefix(underlying, "*"), strings.HasPrefix(underlying, "map["), strings.HasPrefix(underlying, "[]"),
		strings.HasPrefix(underlying, "chan"), strings.HasPrefix(underlying, "func"), strings.HasPrefix(underlying, "interface"):
		return "nil"
	case underlying == "string":
		return `""`
	case underlying == "bool":
		return "false"
	}
	return ""
}

// freshName returns base, or base2, base3... whichever the function does not use.
func freshName(body *ast.BlockStmt, base string) string {
	used := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
	name := base
	for i := 2; used[name]; i++ {
		name = fmt.Sprintf("%s%d", base, i)
	}
	return name
}

// indentOf is the whitespace before the statement at pos (gofmt: tabs).
func (c *file) indentOf(pos token.Pos) string {
	src := c.fileSource()
	off := c.pass.Fset.Position(pos).Offset
	if src == nil || off > len(src) {
		return strings.Repeat("\t", c.pass.Fset.Position(pos).Column-1)
	}
	start := off
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	return string(src[start:off])
}

// lineSpan is the whole line(s) of n, newline included, for deleting it.
func (c *file) lineSpan(n ast.Node) (token.Pos, token.Pos) {
	src := c.fileSource()
	tf := c.pass.Fset.File(n.Pos())
	start, end := c.pass.Fset.Position(n.Pos()).Offset, c.pass.Fset.Position(n.End()).Offset
	if src == nil || tf == nil || start < 0 || end < start || end > len(src) {
		return n.Pos(), n.End()
	}
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	for end < len(src) && src[end] != '\n' {
		end++
	}
	if end < len(src) {
		end++
	}
	return tf.Pos(start), tf.Pos(end)
}

// source is the text of a node as written.
func (c *file) source(n ast.Node) string {
	src := c.fileSource()
	if src == nil {
		return exprString(n)
	}
	start, end := c.pass.Fset.Position(n.Pos()).Offset, c.pass.Fset.Position(n.End()).Offset
	if start < 0 || end < start || end > len(src) {
		return exprString(n) // positions go/parser made up while recovering from broken code
	}
	return string(src[start:end])
}

func (c *file) fileSource() []byte {
	name := c.pass.Fset.Position(c.f.Pos()).Filename
	if c.pass.ReadFile != nil {
		if b, err := c.pass.ReadFile(name); err == nil {
			return b
		}
	}
	return nil
}

// exprString prints simple expressions (names, selectors, pointers, slices) without a printer.
func exprString(n ast.Node) string {
	switch e := n.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return exprString(e.X) + "." + e.Sel.Name
	case *ast.StarExpr:
		return "*" + exprString(e.X)
	case *ast.ArrayType:
		if e.Len == nil {
			return "[]" + exprString(e.Elt)
		}
		return "[" + exprString(e.Len) + "]" + exprString(e.Elt)
	case *ast.MapType:
		return "map[" + exprString(e.Key) + "]" + exprString(e.Value)
	case *ast.BasicLit:
		return e.Value
	case *ast.IndexExpr:
		return exprString(e.X) + "[" + exprString(e.Index) + "]"
	case *ast.InterfaceType:
		return "interface{}"
	}
	return "T"
}
