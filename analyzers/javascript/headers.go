package javascript

import (
	"bytes"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// KeyHeader implements coderules.HeaderRewriter for fetch, axios, got and Headers: the key
// header becomes Authorization: "Bearer " + a token awaited from getBearerTokenProvider where
// the header is built, so it is fresh per request. That needs an await: only inside an async
// function, or at the top level of a module that already awaits there; a plain function
// becomes async where no caller can tell (asyncable). Browser code gets no
// fix (@azure/identity's DefaultAzureCredential is for servers), nor do a client's
// defaultHeaders (it keeps one token past its hour; the client takes a token provider).
func (f *file) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	if f.browser() || f.callersKey(h.Value, 0) {
		return nil, ""
	}
	var edits []keylint.Edit
	msg := "Send a DefaultAzureCredential bearer token instead of the key"
	wrapStart := -1
	if !f.canAwait(h.Site) {
		switch fn := enclosingFunction(h.Site); {
		case fn != nil && f.asyncable(fn):
			edits = append(edits, keylint.Edit{Start: fn.Start, End: fn.Start, New: "async "})
			msg += "; the function building the header becomes async (its callers ignore what it returns)"
		case fn == nil:
			wrap, ok := f.asyncTail()
			if !ok {
				return nil, ""
			}
			wrapStart = wrap[0].Start
			edits = append(edits, wrap...)
			msg += "; the script from the header's statement on runs in an async function, so it can await the token"
		default:
			return nil, ""
		}
	}
	var name, value *syntax.Node
	switch h.Site.Kind {
	case "pair": // { "api-key": key }
		name, value = h.Site.ChildByField("key"), h.Site.ChildByField("value")
		obj := h.Site.Parent()
		if obj == nil || hasAuthorization(obj) || isClientDefaults(obj) {
			return nil, ""
		}
	case "assignment_expression": // headers["api-key"] = key
		name, value = h.Site.ChildByField("left").ChildByField("index"), h.Site.ChildByField("right")
	case "call_expression": // headers.set("api-key", key)
		args := namedArgs(h.Site.ChildByField("arguments"))
		if len(args) != 2 {
			return nil, ""
		}
		name, value = args[0], args[1]
	case "array": // new Headers([["api-key", key]])
		kv := h.Site.NamedChildren()
		if len(kv) != 2 {
			return nil, ""
		}
		name, value = kv[0], kv[1]
	default:
		return nil, ""
	}
	if name == nil || value == nil || name.Kind != "string" {
		return nil, ""
	}
	names, imports, ok := f.ensureImports("DefaultAzureCredential", "getBearerTokenProvider")
	if !ok {
		return nil, ""
	}
	for _, e := range imports {
		if wrapStart >= 0 && e.Start >= wrapStart {
			return nil, "" // the import would land inside the async function
		}
	}
	q := string(f.pass.Src[name.Start])
	token := q + "Bearer " + q + " + (await " + names[1] + "(new " + names[0] + "(), " + f.quote(f.pass.Opts.Scope) + ")())"
	edits = append(edits, keylint.Edit{Start: name.Start, End: name.End, New: q + "Authorization" + q}, keylint.Edit{Start: value.Start, End: value.End, New: token})
	return append(edits, imports...), msg
}

// asyncable reports a plain function that can become async without any caller noticing: a
// function declaration, or a function expression or arrow function that is a variable's one
// value, with no declared return type, no return of a value and no yield, whose name is used
// only as a call statement that is the last statement of the program. Its callers ignore its
// result, and nothing runs after the call that could see the function stop at its await
// (get_sentiments(documents); ending a script). Not when exported (ESM or CommonJS) or handed
// on ({ send }).
func (f *file) asyncable(fn *syntax.Node) bool {
	if isAsync(fn) || fn.ChildByField("return_type") != nil || fn.Ancestor("export_statement") != nil {
		return false
	}
	var name *syntax.Node
	switch fn.Kind {
	case "function_declaration":
		name = fn.ChildByField("name")
	case "function_expression", "function", "arrow_function":
		d := fn.Parent()
		if d == nil || d.Kind != "variable_declarator" || d.ChildByField("value") != fn {
			return false
		}
		name = d.ChildByField("name")
		if name == nil || name.Kind != "identifier" || len(f.facts.Assigns[name.Text()]) != 1 {
			return false
		}
	default:
		return false
	}
	if name == nil || fn.ChildByField("body") == nil || fn.ChildByField("body").Kind != "statement_block" {
		return false
	}
	body := fn.ChildByField("body").Descendants()
	for i := range body {
		d := &body[i]
		if d.Kind == "yield_expression" || d.Kind == "return_statement" && len(d.NamedChildren()) > 0 && enclosingFunction(d) == fn {
			return false
		}
	}
	if bytes.Contains(f.pass.Src, []byte("module.exports")) || bytes.Contains(f.pass.Src, []byte("exports.")) {
		return false // CommonJS exports: a requiring module may call it
	}
	calls := 0
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		if n == name || n.Text() != name.Text() {
			continue
		}
		if n.Kind == "shorthand_property_identifier" {
			return false // { send }: handed on, its caller unknown
		}
		if n.Kind != "identifier" {
			continue
		}
		call := n.Parent()
		if call == nil || call.Kind != "call_expression" || call.ChildByField("function") != n || call.Parent() == nil || call.Parent().Kind != "expression_statement" || !lastOfProgram(call.Parent()) {
			return false
		}
		calls++
	}
	return calls > 0
}

// lastOfProgram reports a top-level statement that nothing but comments follows: nothing of
// the script runs after it, so no code can see a call there return before its work is done.
// (The last statement of a block can be followed by its loop's next turn, its try's catch or
// the code after its function's call.)
func lastOfProgram(stmt *syntax.Node) bool {
	p := stmt.Parent()
	return p != nil && p.Kind == "program" && lastStatement(stmt)
}

// asyncTail returns the edits that run a CommonJS script, from the first top-level statement
// building a key header to its end, in an async arrow function called at once, ;(async () =>
// { ... })();, so the header can await its token: a script is not a module and cannot await at
// its top level. Every header of the file wraps the same statements, so their fixes share
// these edits. The leading ; ends a previous statement written without one, which would
// otherwise call its value with the arrow. Only a plain script: no import or export, no
// module.exports or exports (whoever requires it would see its exports set late), and nothing
// before the wrapped statements names what they declare (a call to a function declared below
// would find it gone).
func (f *file) asyncTail() ([]keylint.Edit, bool) {
	p := strings.ToLower(f.pass.Path)
	if !strings.HasSuffix(p, ".js") && !strings.HasSuffix(p, ".cjs") {
		return nil, false
	}
	src := f.pass.Src
	if bytes.Contains(src, []byte("module.exports")) || bytes.Contains(src, []byte("exports.")) {
		return nil, false
	}
	top := f.pass.Tree.TopLevel()
	first := -1
	for i, st := range top {
		switch st.Kind {
		case "import_statement", "export_statement":
			return nil, false
		}
		for _, h := range f.facts.Headers {
			if first < 0 && h.Site.Start >= st.Start && h.Site.End <= st.End && enclosingFunction(h.Site) == nil {
				first = i
			}
		}
	}
	if first < 0 {
		return nil, false
	}
	start, last := top[first], top[len(top)-1]
	for _, st := range top[first:] {
		if st.Kind == "expression_statement" && strings.HasPrefix(strings.TrimSpace(st.Text()), "'use strict'") {
			return nil, false
		}
		for _, name := range declaredNames(st) {
			for i := range f.pass.Tree.Nodes {
				n := &f.pass.Tree.Nodes[i]
				if n.Start >= start.Start {
					break
				}
				if (n.Kind == "identifier" || n.Kind == "shorthand_property_identifier") && n.Text() == name {
					return nil, false
				}
			}
		}
	}
	end := last.End
	return []keylint.Edit{
		{Start: start.Start, End: start.Start, New: ";(async () => {\n"},
		{Start: end, End: end, New: "\n})();"},
	}, true
}

// declaredNames lists the names a top-level statement declares: its variables (destructured
// ones included), function or class.
func declaredNames(st *syntax.Node) []string {
	var names []string
	switch st.Kind {
	case "function_declaration", "generator_function_declaration", "class_declaration":
		if n := st.ChildByField("name"); n != nil {
			names = append(names, n.Text())
		}
	case "lexical_declaration", "variable_declaration":
		for _, d := range st.NamedChildren() {
			if d.Kind != "variable_declarator" || d.ChildByField("name") == nil {
				continue
			}
			name := d.ChildByField("name")
			if name.Kind == "identifier" {
				names = append(names, name.Text())
				continue
			}
			pattern := name.Descendants()
			for i := range pattern {
				if k := pattern[i].Kind; k == "identifier" || k == "shorthand_property_identifier_pattern" {
					names = append(names, pattern[i].Text())
				}
			}
		}
	}
	return names
}

// lastStatement reports a statement that nothing but comments follows in its block or program.
func lastStatement(stmt *syntax.Node) bool {
	p := stmt.Parent()
	if p == nil || p.Kind != "program" && p.Kind != "statement_block" {
		return false
	}
	after := false
	for _, c := range p.NamedChildren() {
		if after && c.Kind != "comment" {
			return false
		}
		after = after || c == stmt
	}
	return after
}

// canAwait reports whether an await may be written at n: inside an async function, or at a
// module's top level when the module already awaits there (so its setup allows it).
func (f *file) canAwait(n *syntax.Node) bool {
	if fn := enclosingFunction(n); fn != nil {
		return isAsync(fn)
	}
	for i := range f.pass.Tree.Nodes {
		if a := &f.pass.Tree.Nodes[i]; a.Kind == "await_expression" && enclosingFunction(a) == nil {
			return true
		}
	}
	return false
}

func enclosingFunction(n *syntax.Node) *syntax.Node {
	return n.Ancestor("function_declaration", "function_expression", "function", "arrow_function", "method_definition", "generator_function_declaration", "generator_function")
}

// isAsync reads the async keyword from the function's head (the tree keeps no anonymous
// tokens): "async function f(", "async (x) =>", "static async m(".
func isAsync(fn *syntax.Node) bool {
	head := fn.Text()
	if i := strings.IndexAny(head, "({="); i >= 0 {
		head = head[:i]
	}
	for _, w := range strings.Fields(head) {
		if w == "async" {
			return true
		}
	}
	return false
}

// browser reports code that runs in a browser, where DefaultAzureCredential does not work.
func (f *file) browser() bool {
	if f.browserSeen == 0 {
		f.browserSeen = 2
		if f.inBrowser() {
			f.browserSeen = 1
		}
	}
	return f.browserSeen == 1
}

// inBrowser is browser's answer, worked out once per file (the source is searched whole).
func (f *file) inBrowser() bool {
	p := strings.ToLower(strings.ReplaceAll(f.pass.Path, "\\", "/"))
	if strings.HasSuffix(p, ".jsx") || strings.HasSuffix(p, ".tsx") || strings.Contains(p, "/public/") || strings.Contains(p, "/static/") || strings.Contains(p, "/browser/") {
		return true
	}
	src := f.pass.Src
	return bytes.Contains(src, []byte("XMLHttpRequest")) || bytes.Contains(src, []byte("document.")) || bytes.Contains(src, []byte("window.")) ||
		bytes.Contains(src, []byte(`"use client"`)) || bytes.Contains(src, []byte(`'use client'`))
}

// hasAuthorization reports an object literal that already sets an Authorization header.
func hasAuthorization(obj *syntax.Node) bool {
	for _, e := range objectEntries(obj) {
		if strings.EqualFold(e.Key, "authorization") {
			return true
		}
	}
	return false
}

// isClientDefaults reports a header object given to a client as its defaultHeaders.
func isClientDefaults(obj *syntax.Node) bool {
	p := obj.Parent()
	if p == nil || p.Kind != "pair" {
		return false
	}
	key := p.ChildByField("key").Text()
	return coderules.Norm(strings.Trim(key, `"'`)) == "defaultheaders"
}

// callersKey reports a header value that is a key the code was handed: a field of this
// (this.apiKey) or of a parameter (client.apiKey, options.azureOpenAIApiKey), directly or
// through a variable assigned once from one. That is a library sending the key its caller
// configured (an SDK's own key path, beside its token path): a DefaultAzureCredential of its
// own would ignore what the caller chose.
func (f *file) callersKey(v *syntax.Node, depth int) bool {
	v = unwrap(v)
	if v == nil || depth > 3 {
		return false
	}
	switch v.Kind {
	case "identifier":
		vals := f.facts.Assigns[v.Text()]
		return len(vals) == 1 && f.callersKey(vals[0], depth+1)
	case "member_expression", "subscript_expression":
		root := v
		for root != nil && (root.Kind == "member_expression" || root.Kind == "subscript_expression") {
			root = unwrap(root.ChildByField("object"))
		}
		switch {
		case root == nil:
			return false
		case root.Kind == "this":
			return true
		case root.Kind == "identifier":
			return isParameter(root)
		}
	}
	return false
}

// isParameter reports an identifier that names a parameter of a function enclosing it.
func isParameter(id *syntax.Node) bool {
	for fn := enclosingFunction(id); fn != nil; fn = enclosingFunction(fn) {
		params := fn.ChildByField("parameters")
		if params == nil {
			params = fn.ChildByField("parameter") // x => ...
			if params != nil && params.Text() == id.Text() {
				return true
			}
			continue
		}
		for _, d := range params.Descendants() {
			if (d.Kind == "identifier" || d.Kind == "shorthand_property_identifier_pattern") && d.Text() == id.Text() {
				return true
			}
		}
	}
	return false
}

// Shadowed implements coderules.Shadower: name at n is a parameter of a function that holds n
// but not at (the callback's key in Object.keys(m).map(function (key) { ... })).
func (f *file) Shadowed(name string, n, at *syntax.Node) bool {
	for fn := enclosingFunction(n); fn != nil; fn = enclosingFunction(fn) {
		if at.Start >= fn.Start && at.End <= fn.End {
			return false
		}
		if declaresParameter(fn, name) {
			return true
		}
	}
	return false
}

// declaresParameter reports a function with a parameter called name.
func declaresParameter(fn *syntax.Node, name string) bool {
	params := fn.ChildByField("parameters")
	if params == nil {
		p := fn.ChildByField("parameter") // x => ...
		return p != nil && p.Kind == "identifier" && p.Text() == name
	}
	ds := params.Descendants()
	for i := range ds {
		d := &ds[i]
		if (d.Kind == "identifier" || d.Kind == "shorthand_property_identifier_pattern") && d.Text() == name {
			// a default value's own names are uses, not parameters
			if a := d.Ancestor("assignment_pattern"); a != nil && a.ChildByField("right") != nil && d.Start >= a.ChildByField("right").Start {
				continue
			}
			return true
		}
	}
	return false
}
