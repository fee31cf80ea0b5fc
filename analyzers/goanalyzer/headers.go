package goanalyzer

import (
	"go/ast"
	"sort"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/keylint/keylint/analyzers/azurectx"
)

const policyPath = "github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

// headerFix rewrites a key header into Authorization: Bearer with a token from
// DefaultAzureCredential, fetched before the statement that sets the header, errors handed on
// as the credential rewrites hand them on. name and value are the header's name literal and
// its value; list is how a []string value is written there ("{}" inside an http.Header
// literal, "[]string{}" elsewhere; a Set or Add call takes a plain string).
func (c *file) headerFix(n ast.Node, header string, name, value ast.Expr, list string) *analysis.SuggestedFix {
	if c.opts.NoFixes {
		return nil
	}
	src := c.fileSource()
	if src == nil {
		return nil
	}
	target := azurectx.HeaderTargetOf(src, header, c.readNames(value))
	if target == azurectx.NoEntraTarget {
		return nil
	}
	site := c.fixSite(n)
	if site == nil || c.callersKey(n, site.body, value, 0) || target == azurectx.EntraSetting && !c.ownKey(site.body, value) {
		return nil
	}
	cred, tok := site.name(c, "cred"), site.name(c, "tok")
	ctx, ctxImports := c.requestContext(n, site)
	if ctx == "" {
		return nil
	}
	prelude, imports := site.credential(c, cred)
	indent := c.indentOf(site.stmt.Pos())
	policyName := c.importName(policyPath, "policy")
	scope := c.opts.Scope
	if scope == "" {
		scope = DefaultScope
	}
	prelude += tok + ", " + site.err + " := " + cred + ".GetToken(" + ctx + ", " + policyName + ".TokenRequestOptions{Scopes: []string{" + strconv.Quote(scope) + "}})\n" +
		site.check(c, site.err) + indent
	bearer := `"Bearer "+` + tok + ".Token" // as gofmt spaces it in an argument list
	if _, ok := value.(*ast.CompositeLit); ok {
		bearer = `{"Bearer " + ` + tok + ".Token}"
		if list != "{}" {
			bearer = "[]string" + bearer
		}
	}
	edits := []analysis.TextEdit{
		{Pos: site.stmt.Pos(), End: site.stmt.Pos(), NewText: []byte(prelude)},
		{Pos: name.Pos(), End: name.End(), NewText: []byte(`"Authorization"`)},
		{Pos: value.Pos(), End: value.End(), NewText: []byte(bearer)},
	}
	removed := []span{{value.Pos(), value.End()}}
	edits = append(edits, c.removeUnused(site.body, value, &removed)...)
	edits = append(edits, c.addImports(append(append(imports, policyPath), ctxImports...)...)...)
	edits = append(edits, c.removeUnusedImports(removed, "")...)
	sort.Slice(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	msg := "Send a DefaultAzureCredential bearer token instead of the key"
	if target == azurectx.EntraSetting {
		msg += "; " + azurectx.SubdomainNote
	}
	return c.recordRemovals(&analysis.SuggestedFix{Message: msg, TextEdits: edits}, removed[1:])
}

// ownKey reports a header value that is the program's own key, for a request whose endpoint
// comes from a setting: read from the environment, or a string literal, directly or through
// the variable declared from it; or a plain variable in a file that reads a key setting
// itself (coderules' ownKey, for Go).
func (c *file) ownKey(body *ast.BlockStmt, value ast.Expr) bool {
	if len(c.readNames(value)) > 0 {
		return true
	}
	id, ok := ast.Unparen(value).(*ast.Ident)
	if !ok {
		_, lit := ast.Unparen(value).(*ast.BasicLit)
		return lit
	}
	switch d := declaringStmt(body, id.Name).(type) {
	case *ast.AssignStmt:
		if _, lit := ast.Unparen(d.Rhs[0]).(*ast.BasicLit); lit {
			return true
		}
	case *ast.DeclStmt:
		if _, lit := ast.Unparen(d.Decl.(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]).(*ast.BasicLit); lit {
			return true
		}
	}
	for _, r := range c.reads {
		if azurectx.IsKeyLikeName(r.name) {
			return true
		}
	}
	return false
}

// readNames are the settings read (os.Getenv) into an expression.
func (c *file) readNames(e ast.Expr) []string {
	var names []string
	c.visitReads(e, 0, map[string]bool{}, func(read *ast.CallExpr, _ bool) {
		for _, r := range c.reads {
			if r.call == read {
				names = append(names, r.name)
			}
		}
	})
	return names
}

// requestContext is the context the token is fetched with: the request's own when the header
// is set on a request made by http.NewRequest*, else the function's ctx parameter, else
// context.Background().
func (c *file) requestContext(n ast.Node, site *fixSite) (string, []string) {
	var recv ast.Expr
	switch n := n.(type) {
	case *ast.CallExpr: // req.Header.Set(...)
		if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
			recv = sel.X
		}
	case *ast.AssignStmt: // req.Header["Api-Key"] = ...
		if idx, ok := n.Lhs[0].(*ast.IndexExpr); ok {
			recv = idx.X
		}
	}
	if sel, ok := recv.(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" {
		if id, ok := sel.X.(*ast.Ident); ok && c.madeByNewRequest(site.body, id.Name) {
			return id.Name + ".Context()", nil
		}
	}
	if site.fn.Params != nil {
		for _, f := range site.fn.Params.List {
			if t := exprString(f.Type); t == c.importName("context", "context")+".Context" && len(f.Names) == 1 && f.Names[0].Name != "_" {
				return f.Names[0].Name, nil
			}
		}
	}
	ctxName, ok := c.stdName("context")
	if !ok {
		return "", nil
	}
	return ctxName + ".Background()", []string{"context"}
}

// madeByNewRequest reports a variable of body assigned from http.NewRequest or
// http.NewRequestWithContext: an *http.Request, whose Context() the token fetch may use.
func (c *file) madeByNewRequest(body *ast.BlockStmt, name string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		a, ok := n.(*ast.AssignStmt)
		if !ok || len(a.Rhs) != 1 || len(a.Lhs) == 0 {
			return !found
		}
		id, ok := a.Lhs[0].(*ast.Ident)
		call, isCall := a.Rhs[0].(*ast.CallExpr)
		if ok && isCall && id.Name == name {
			if p, fn := c.callee(call); p == "net/http" && (fn == "NewRequest" || fn == "NewRequestWithContext") {
				found = true
			}
		}
		return !found
	})
	return found
}

// callersKey reports a header value that is a key the function was handed: a field of its
// receiver or of a parameter (c.token, cfg.APIKey), directly or through a variable declared
// from one. That is a library sending the key its caller configured (langchaingo's client, an
// SDK's key option): a DefaultAzureCredential of its own would ignore the caller's choice.
func (c *file) callersKey(n ast.Node, body *ast.BlockStmt, value ast.Expr, depth int) bool {
	if depth > 3 {
		return false
	}
	switch v := ast.Unparen(value).(type) {
	case *ast.Ident:
		decl := declaringStmt(body, v.Name)
		if a, ok := decl.(*ast.AssignStmt); ok && len(a.Rhs) == 1 {
			return c.callersKey(n, body, a.Rhs[0], depth+1)
		}
		if d, ok := decl.(*ast.DeclStmt); ok {
			if g, ok := d.Decl.(*ast.GenDecl); ok && len(g.Specs) == 1 {
				if vs, ok := g.Specs[0].(*ast.ValueSpec); ok && len(vs.Values) == 1 {
					return c.callersKey(n, body, vs.Values[0], depth+1)
				}
			}
		}
	case *ast.SelectorExpr:
		root := v.X
		for {
			if s, ok := ast.Unparen(root).(*ast.SelectorExpr); ok {
				root = s.X
				continue
			}
			break
		}
		id, ok := ast.Unparen(root).(*ast.Ident)
		return ok && c.handed(n, id.Name)
	}
	return false
}

// handed reports a name that is the receiver or a parameter of a function enclosing n.
func (c *file) handed(n ast.Node, name string) bool {
	path, _ := astutil.PathEnclosingInterval(c.f, n.Pos(), n.End())
	var lists []*ast.FieldList
	for _, p := range path {
		switch fn := p.(type) {
		case *ast.FuncDecl:
			lists = append(lists, fn.Recv, fn.Type.Params)
		case *ast.FuncLit:
			lists = append(lists, fn.Type.Params)
		}
	}
	for _, l := range lists {
		if l == nil {
			continue
		}
		for _, f := range l.List {
			for _, id := range f.Names {
				if id.Name == name {
					return true
				}
			}
		}
	}
	return false
}
