package python

import (
	"strconv"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// KeyHeader implements coderules.HeaderRewriter for requests, httpx, aiohttp and urllib: the
// key header becomes "Authorization": "Bearer " + a DefaultAzureCredential token, fetched
// where the header is built (per request or session), so it is fresh. Headers given to a
// client as its defaults (default_headers=) would keep one token past its hour: no fix there,
// the client takes a token provider instead.
func (f *file) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	if f.importTime(h.Site) {
		return nil, ""
	}
	var name, value *syntax.Node
	switch h.Site.Kind {
	case "pair": // {"api-key": KEY}
		name, value = h.Site.ChildByField("key"), h.Site.ChildByField("value")
		if dict := h.Site.Parent(); dict == nil || f.hasAuthorization(dict) || isClientDefaults(dict) {
			return nil, ""
		}
	case "assignment": // headers["api-key"] = KEY
		name, value = h.Site.ChildByField("left").ChildByField("subscript"), h.Site.ChildByField("right")
	case "call": // req.add_header("api-key", KEY)
		args := codeChildren(h.Site.ChildByField("arguments"))
		if len(args) != 2 {
			return nil, ""
		}
		name, value = args[0], args[1]
	default:
		return nil, ""
	}
	if name == nil || value == nil || name.Kind != "string" {
		return nil, ""
	}
	names, imports, ok := f.ensureImports(h.Site.Start, "azure.identity", "DefaultAzureCredential")
	if !ok {
		return nil, ""
	}
	q := requote(name, "")[:1]
	token := q + "Bearer " + q + " + " + names[0] + "().get_token(" + strconv.Quote(f.pass.Opts.Scope) + ").token"
	edits := []keylint.Edit{replace(name, requote(name, "Authorization")), replace(value, token)}
	return append(edits, imports...), "Send a DefaultAzureCredential bearer token instead of the key"
}

// importTime reports a header built when a module is imported (at module or class scope) in a
// file that defines functions or classes: HEADERS = {...} used by them. A token fetched there
// is fetched once, expires after about an hour, and makes the import fail without a
// credential. A top-level script (no definitions) or its if __name__ == "__main__": block
// runs once, at once, and may keep its rewrite; so does a notebook, which is never imported
// and runs a cell's headers when it runs the cell's request.
func (f *file) importTime(site *syntax.Node) bool {
	if f.pass.Lang == keylint.Notebook || strings.HasSuffix(strings.ToLower(f.pass.Path), ".ipynb") {
		return false
	}
	if len(f.facts.Funcs) == 0 && len(f.facts.LocalTypes) == 0 {
		return false
	}
	for p := site.Parent(); p != nil; p = p.Parent() {
		switch p.Kind {
		case "function_definition", "lambda":
			return false
		case "if_statement":
			if c := p.ChildByField("condition"); c != nil && strings.Contains(c.Text(), "__name__") {
				return false
			}
		}
	}
	return true
}

// hasAuthorization reports a dict literal that already sets an Authorization header.
func (f *file) hasAuthorization(dict *syntax.Node) bool {
	for _, e := range f.dictLiteralEntries(dict) {
		if strings.EqualFold(e.Key, "authorization") {
			return true
		}
	}
	return false
}

// isClientDefaults reports a header dict passed as a client's default_headers.
func isClientDefaults(dict *syntax.Node) bool {
	p := dict.Parent()
	return p != nil && p.Kind == "keyword_argument" && coderules.Norm(p.ChildByField("name").Text()) == "defaultheaders"
}

// KeylessBranch implements coderules.BranchRewriter: site, an entry of a dict literal that is
// one branch of a conditional expression, goes with its branch when the other branch is a dict
// that authenticates without a key (an Authorization header, an On Your Data managed
// identity) and carries no key itself.
func (f *file) KeylessBranch(site *syntax.Node) ([]keylint.Edit, string) {
	if site == nil || site.Kind != "pair" {
		return nil, ""
	}
	branch := site.Parent()
	if branch == nil || branch.Kind != "dictionary" {
		return nil, ""
	}
	cond := branch.Parent()
	for cond != nil && cond.Kind == "parenthesized_expression" {
		branch, cond = cond, cond.Parent()
	}
	if cond == nil || cond.Kind != "conditional_expression" {
		return f.keylessElse(site, site.Parent())
	}
	var parts []*syntax.Node
	for _, c := range cond.NamedChildren() {
		if c.Kind != "comment" {
			parts = append(parts, c)
		}
	}
	if len(parts) != 3 || parts[1] == branch {
		return nil, "" // the dict is the condition, not a branch
	}
	other := parts[0]
	if other == branch {
		other = parts[2]
	} else if parts[2] != branch {
		return nil, ""
	}
	for other.Kind == "parenthesized_expression" && len(other.NamedChildren()) == 1 {
		other = other.NamedChildren()[0]
	}
	if other.Kind != "dictionary" {
		return nil, ""
	}
	msg := "Keep the bearer-token branch: drop the key"
	switch keylessDict(f.dictLiteralEntries(other), len(other.NamedChildren())) {
	case managedIdentity:
		msg = "Keep the managed-identity branch: drop the key (grant the Azure OpenAI resource's managed identity a data reader role on the data source)"
	case bearer:
		// {"api-key": key} if key else {"Authorization": f"Bearer {token}"} is the same service
		// both ways; {"api-key": k} if azure else {"Authorization": f"Bearer {openai_key}"} is
		// not, so the condition must be the key's presence.
		v := site.ChildByField("value")
		if v == nil || !f.IsVariable(v) || !mentions(parts[1], v.Text()) {
			return nil, ""
		}
	default:
		return nil, ""
	}
	return []keylint.Edit{replace(cond, other.Text())}, msg
}

// keylessElse is KeylessBranch for statements: "if key: auth = {key dict} else: auth =
// {keyless dict}", the if testing the key itself. The key dict becomes a copy of the one
// keyless dict of the other branch; both branches then do the same.
func (f *file) keylessElse(site, dict *syntax.Node) ([]keylint.Edit, string) {
	v := site.ChildByField("value")
	if v == nil || !f.IsVariable(v) {
		return nil, ""
	}
	var ifStmt, mine *syntax.Node // mine: the block of the if holding the key dict
	for p := dict.Parent(); p != nil && ifStmt == nil; p = p.Parent() {
		switch p.Kind {
		case "function_definition", "class_definition", "lambda":
			return nil, ""
		case "block":
			if q := p.Parent(); q != nil && (q.Kind == "if_statement" || q.Kind == "else_clause") {
				mine, ifStmt = p, q
				if q.Kind == "else_clause" {
					ifStmt = q.Parent()
				}
			}
		}
	}
	if ifStmt == nil || ifStmt.Kind != "if_statement" || !mentions(ifStmt.ChildByField("condition"), v.Text()) {
		return nil, ""
	}
	var alts []*syntax.Node
	for c := ifStmt.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Field == "alternative" {
			alts = append(alts, c)
		}
	}
	if len(alts) != 1 || alts[0].Kind != "else_clause" {
		return nil, "" // elif chains: more than two ways
	}
	other := alts[0].ChildByField("body")
	if mine == other {
		other = ifStmt.ChildByField("consequence")
	}
	if other == nil {
		return nil, ""
	}
	var found *syntax.Node
	desc := other.Descendants()
	for i := range desc {
		d := &desc[i] // a node of the tree: Descendants is a window on its nodes
		if d.Kind != "dictionary" {
			continue
		}
		if keylessDict(f.dictLiteralEntries(d), len(d.NamedChildren())) != managedIdentity {
			continue
		}
		if found != nil {
			return nil, ""
		}
		found = d
	}
	if found == nil {
		return nil, ""
	}
	return []keylint.Edit{replace(dict, found.Text())},
		"Authenticate as the else branch does, with a managed identity: drop the key (grant the Azure OpenAI resource's managed identity a data reader role on the data source)"
}

// mentions reports an expression that uses the variable or attribute chain name.
func mentions(expr *syntax.Node, name string) bool {
	for _, d := range expr.Descendants() {
		if (d.Kind == "identifier" || d.Kind == "attribute") && d.Text() == name {
			return true
		}
	}
	return expr.Text() == name
}

// How a dict literal authenticates without a key.
const (
	notKeyless      = iota
	bearer          // an Authorization header with no key-named value in it
	managedIdentity // an On Your Data authentication of type *_managed_identity
)

// keylessDict tells how the entries of a dict literal (of n items, all plain entries)
// authenticate with Entra ID, if they hold no key.
func keylessDict(entries []coderules.Entry, n int) int {
	if len(entries) != n {
		return notKeyless // a **spread or a computed key: unknown contents
	}
	how := notKeyless
	for _, e := range entries {
		norm := coderules.Norm(e.Key)
		switch {
		case coderules.IsKeyHeader(e.Key) || coderules.IsOtherKeyHeader(e.Key) || norm == "key" || strings.HasSuffix(norm, "apikey"):
			return notKeyless
		case norm == "authorization":
			if e.Value == nil || strings.Contains(strings.ToLower(e.Value.Text()), "key") {
				return notKeyless
			}
			how = bearer
		case norm == "type":
			if v, _ := stringValue(e.Value); strings.HasSuffix(v, "_managed_identity") {
				how = managedIdentity
			}
		}
	}
	return how
}
