package coderules

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/syntax"
)

// Following variables through their assignments is bounded three ways, so generated or hostile
// files cannot make it explode: at most maxHops variables deep, each variable visited once per
// question, and only its last maxValues assignments.
const (
	maxHops   = 4
	maxValues = 8
)

// trace guards one walk through variables.
type trace struct {
	seen  map[string]bool
	depth int
}

func newTrace() *trace { return &trace{seen: map[string]bool{}} }

// enter reports whether the walk may follow the variable n; callers pair it with leave.
func (t *trace) enter(n *syntax.Node) bool {
	name := n.Text()
	if t.depth >= maxHops || t.seen[name] {
		return false
	}
	t.seen[name] = true
	t.depth++
	return true
}

func (t *trace) leave() { t.depth-- }

// enterKey is enter for a walk step named by key (a variable in one scope, a function).
func (t *trace) enterKey(key string) bool {
	if t.depth >= maxHops || t.seen[key] {
		return false
	}
	t.seen[key] = true
	t.depth++
	return true
}

// ValuesOf returns the last few values assigned to a variable in the file.
func (r *Rules) ValuesOf(name string) []*syntax.Node {
	return lastValues(r.f.Assigns[name])
}

// ValuesAt is ValuesOf for the variable use names, without the values of block-scoped
// declarations of that name whose block does not hold use: the `var apiKey` of an if branch
// is not the `var apiKey` of its else branch.
func (r *Rules) ValuesAt(use *syntax.Node) []*syntax.Node {
	vals := r.f.Assigns[use.Text()]
	if len(vals) < 2 {
		return vals
	}
	var in []*syntax.Node
	for _, v := range vals {
		if b := declarationBlock(v); b == nil || b.Start <= use.Start && use.End <= b.End {
			in = append(in, v)
		}
	}
	return lastValues(in)
}

func lastValues(vals []*syntax.Node) []*syntax.Node {
	if len(vals) > maxValues {
		vals = vals[len(vals)-maxValues:]
	}
	return vals
}

// blockScopedDeclarations are the declarations whose variable lives only in the enclosing
// block: C# and Java locals, JS let and const (not var), Go :=.
var blockScopedDeclarations = map[string]bool{
	"local_declaration_statement": true, "local_variable_declaration": true,
	"lexical_declaration": true, "short_var_declaration": true,
}

var blockKinds = map[string]bool{"block": true, "statement_block": true, "statement_list": true}

// declarationBlock is the block a block-scoped declaration initialised with val lives in, or nil
// when val is not such an initialiser (an assignment, a field, a top-level declaration).
func declarationBlock(val *syntax.Node) *syntax.Node {
	n := val
	for range 6 {
		if n = n.Parent(); n == nil || blockKinds[n.Kind] {
			return nil
		}
		if blockScopedDeclarations[n.Kind] {
			if p := n.Parent(); p != nil && blockKinds[p.Kind] {
				return p
			}
			return nil
		}
		if strings.HasSuffix(n.Kind, "_statement") || strings.HasSuffix(n.Kind, "assignment_expression") {
			return nil
		}
	}
	return nil
}

// ownFunction returns the definition of the function a call to a plain name calls, when the
// file defines one function of that name (Facts.Funcs) that such a call can reach; nil
// otherwise.
func (r *Rules) ownFunction(call *syntax.Node) *syntax.Node {
	if !strings.Contains(call.Kind, "call") && !strings.Contains(call.Kind, "invocation") {
		return nil
	}
	callee := call.ChildByField("function")
	if callee == nil || callee.Kind != "identifier" || !r.f.Funcs[callee.Text()] {
		return nil
	}
	if r.funcDefs == nil {
		r.funcDefs = map[string]*syntax.Node{}
		for i := range r.pass.Tree.Nodes {
			d := &r.pass.Tree.Nodes[i]
			if !functionDefKinds[d.Kind] || d.Kind == "function_definition" && inPythonClass(d) {
				continue // a Python method is reached through self or the class, never by a plain name
			}
			if name := d.ChildByField("name"); name != nil {
				if _, seen := r.funcDefs[name.Text()]; seen {
					r.funcDefs[name.Text()] = nil // two of that name: which one runs is not known here
				} else {
					r.funcDefs[name.Text()] = d
				}
			}
		}
	}
	return r.funcDefs[callee.Text()]
}

// inPythonClass reports a function defined directly in a class body (a method).
func inPythonClass(def *syntax.Node) bool {
	a := def.Ancestor("class_definition", "function_definition")
	return a != nil && a.Kind == "class_definition"
}

// functionDefKinds are the grammars' named function definitions.
var functionDefKinds = map[string]bool{"function_definition": true, "function_declaration": true,
	"method_declaration": true, "local_function_statement": true}

// returnedValues lists the expressions fn's return statements return (not those of functions
// nested in it).
func returnedValues(fn *syntax.Node) []*syntax.Node {
	var out []*syntax.Node
	desc := fn.Descendants()
	for i := range desc {
		ret := &desc[i]
		if ret.Kind != "return_statement" || ret.Ancestor("function_definition", "function_declaration", "method_declaration",
			"local_function_statement", "lambda", "lambda_expression", "arrow_function", "function_expression") != fn {
			continue
		}
		if kids := ret.NamedChildren(); len(kids) > 0 {
			out = append(out, kids[0])
		}
	}
	return out
}

// NotAKey reports whether an expression certainly holds no key: null, a value saying so
// ("no-key-required"), or a variable only ever assigned those. A placeholder ("<your-api-key>") is not exempt: the code authenticates
// with a key as soon as someone fills it in, which is what the rule is about. (Placeholders are
// never reported as leaked keys, KL106.)
func (r *Rules) NotAKey(v *syntax.Node) bool { return r.notAKey(v, newTrace()) }

func (r *Rules) notAKey(v *syntax.Node, tr *trace) bool {
	if v == nil || r.f.Syntax.IsNull(v) {
		return true
	}
	switch v.Text() {
	case "True", "False", "true", "false":
		return true // SearchField(key=True): the index's key field, not an API key
	}
	if numeral(v.Text()) {
		return true // { "api-key": 0 }: a count or a flag per header name
	}
	if maskedForDisplay(v.Text()) {
		return true // api_key: apiKey.substring(0, 8) + '...': what a health page shows, no key
	}
	if r.statusLabel(v) || isTest(v) {
		// apiKey: process.env.K ? "Set" : "Not Set", apiKey: !!apiKey: what a health page
		// shows of the key, a label or a boolean
		return true
	}
	if s, ok := r.f.Syntax.StringValue(v); ok {
		// An empty string is a placeholder like any other (new AzureKeyCredential("") waits
		// for a key to be filled in); only a value that says there is no key is none.
		return saysNoKey(s)
	}
	if !r.f.Syntax.IsVariable(v) {
		return false
	}
	// In its own scope: a parameter api_key of __init__ is not the class attribute
	// api_key = None beside it.
	vals, _, _ := r.scoped(v.Text(), v)
	if len(vals) > maxValues {
		vals = vals[len(vals)-maxValues:]
	}
	if len(vals) == 0 || !tr.enter(v) {
		return false
	}
	defer tr.leave()
	for _, val := range vals {
		if !r.notAKey(val, tr) {
			return false
		}
	}
	return true
}

// maskedForDisplay reports an expression that cuts a piece out of a value and marks the rest
// elided (key.substring(0, 8) + "..." + ..., key[:4] + "****"): a redacted display string.
func maskedForDisplay(t string) bool {
	if len(t) > 300 {
		return false
	}
	cut := strings.Contains(t, ".substring(") || strings.Contains(t, ".slice(") || strings.Contains(t, ".substr(") ||
		strings.Contains(t, ".Substring(") || strings.Contains(t, "[:") || strings.Contains(t, "[-")
	return cut && (strings.Contains(t, "...") || strings.Contains(t, "***") || strings.Contains(t, "…"))
}

// numeral reports a bare number literal (1, 0.5, 10_000), which no key is.
func numeral(t string) bool {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	for _, r := range t {
		if (r < '0' || r > '9') && r != '.' && r != '_' {
			return false
		}
	}
	return true
}

// IsTokenProvider reports whether a key argument is really a token provider or an Entra ID
// token: a callable, a call to get_bearer_token_provider / getBearerTokenProvider or to a
// credential's get_token, a function defined in the file, a name saying provider, or a variable
// holding one of those. A name saying token is not enough (a parameter named token can hold a
// key): its value must be one.
func (r *Rules) IsTokenProvider(v *syntax.Node) bool { return r.isTokenProvider(v, newTrace()) }

func (r *Rules) isTokenProvider(v *syntax.Node, tr *trace) bool {
	if v == nil {
		return false
	}
	syn := r.f.Syntax
	if syn.IsCallable(v) {
		return true
	}
	if getsToken(v.Text()) {
		return true // credential.get_token(scope).token, await cred.getToken(scope)
	}
	if name := strings.ToLower(syn.CallName(v)); name != "" {
		return strings.Contains(name, "tokenprovider") || strings.Contains(name, "token_provider")
	}
	if !syn.IsVariable(v) {
		return false
	}
	last := lastName(v.Text())
	if strings.Contains(strings.ToLower(last), "provider") || r.f.Funcs[last] {
		return true
	}
	if !tr.enter(v) {
		return false
	}
	defer tr.leave()
	for _, val := range r.ValuesAt(v) {
		if r.isTokenProvider(val, tr) {
			return true
		}
	}
	// openAiToken.token: the object it is read from was a credential's token.
	if i := strings.LastIndexAny(v.Text(), "."); i > 0 {
		for _, val := range r.ValuesOf(v.Text()[:i]) {
			if getsToken(val.Text()) {
				return true
			}
		}
	}
	return false
}

// getsToken reports an expression that asks a credential for a token.
func getsToken(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "get_token(") || strings.Contains(t, "gettoken(") || strings.Contains(t, "gettokenasync(") ||
		strings.Contains(t, "acquire_token") || strings.Contains(t, "acquiretoken")
}

// PointsAtAzure reports whether a URL or endpoint expression is an Azure one: a string with an
// Azure host, the /openai/v1 path or an AZURE_* name in it, an AZURE_* setting read, directly
// or through variables. A bare parameter named azure_endpoint says nothing by itself.
func (r *Rules) PointsAtAzure(v *syntax.Node) bool { return r.pointsAtAzure(v, newTrace()) }

func (r *Rules) pointsAtAzure(v *syntax.Node, tr *trace) bool {
	if v == nil {
		return false
	}
	azure := func(n *syntax.Node) bool {
		if text := n.Text(); azurectx.IsAzureHost(text) || azurectx.AzureV1Path(text) || azurectx.AzureDeploymentPath(text) {
			return true // also inside f-strings and templates
		}
		if s, ok := r.f.Syntax.StringValue(n); ok {
			return strings.Contains(strings.ToUpper(s), "AZURE")
		}
		if r.reads[n] {
			return strings.Contains(strings.ToUpper(n.Text()), "AZURE")
		}
		if r.f.Syntax.IsVariable(n) && tr.enter(n) {
			defer tr.leave()
			for _, val := range r.ValuesAt(n) {
				if r.pointsAtAzure(val, tr) {
					return true
				}
			}
		}
		return false
	}
	if azure(v) {
		return true
	}
	desc := v.Descendants()
	for i := range desc {
		if azure(&desc[i]) {
			return true
		}
	}
	return false
}

// ClaimReads is called when value feeds a finding at site. Env reads written inside value on
// the site's line are covered by that finding (KL105 stays quiet); reads reached through
// variables flow into it (KL105 reports them wherever they are).
func (r *Rules) ClaimReads(site, value *syntax.Node) {
	r.visitReads(value, newTrace(), func(read *syntax.Node, direct bool) {
		if direct && r.line(read.Start) == r.line(site.Start) {
			r.claimed[read] = true
		} else {
			r.flowing[read] = true
		}
	})
}

// claimClientReads is ClaimReads for a key credential or client (KL101, KL102): a read that
// reaches one is KL105 whatever its name's shape.
func (r *Rules) claimClientReads(site, value *syntax.Node) {
	r.ClaimReads(site, value)
	r.visitReads(value, newTrace(), func(read *syntax.Node, direct bool) {
		if !(direct && r.line(read.Start) == r.line(site.Start)) {
			r.toClient[read] = true
		}
	})
}

// visitReads finds env reads inside an expression, following variables a few assignments deep.
func (r *Rules) visitReads(v *syntax.Node, tr *trace, visit func(read *syntax.Node, direct bool)) {
	if v == nil {
		return
	}
	direct := tr.depth == 0
	look := func(n *syntax.Node) {
		if r.reads[n] {
			visit(n, direct)
		} else if r.f.Syntax.IsVariable(n) {
			// The same name in two functions is two variables: each is walked once.
			vals, start, _ := r.scoped(n.Text(), n)
			if len(vals) > maxValues {
				vals = vals[len(vals)-maxValues:]
			}
			if tr.enterKey(n.Text() + "@" + strconv.Itoa(start)) {
				for _, val := range vals {
					if !exclusiveBranches(val, n) {
						r.visitReads(val, tr, visit)
					}
				}
				tr.leave()
			}
		} else if fn := r.ownFunction(n); fn != nil && tr.enterKey("func@"+strconv.Itoa(fn.Start)) {
			// key = get_key(): what the file's own function returns (return key, where
			// key = os.environ.get("CONTENT_SAFETY_KEY")) flows on.
			for _, ret := range returnedValues(fn) {
				r.visitReads(ret, tr, visit)
			}
			tr.leave()
		}
	}
	look(v)
	if r.visitMember(v, tr, visit) {
		return
	}
	// Inside a read only reads count: config["AzureDocumentIntelligence:Key"] is that setting,
	// not what built config (a builder chain reading ASPNETCORE_ENVIRONMENT).
	readEnd := -1
	if r.reads[v] {
		readEnd = v.End
	}
	desc := v.Descendants()
	skipTo := -1
	for i := range desc {
		n := &desc[i]
		if n.Start < skipTo {
			continue // inside a member access followed to its entry
		}
		if n.Start < readEnd {
			if r.reads[n] {
				visit(n, direct) // a read's fallback read: os.getenv("A", os.getenv("B"))
			}
			continue
		}
		if isCondition(n.Parent(), n) {
			// process.env.K ? "Set" : "Not Set": the value is a branch, the key only tested.
			skipTo = n.End
			continue
		}
		if r.visitMember(n, tr, visit) {
			skipTo = n.End
			continue
		}
		look(n)
		if r.reads[n] {
			readEnd = n.End
		}
	}
}

// visitMember follows a member access of an object built in this file (env.searchKey, with
// const env = { searchKey: ..., searchIndex: ... }) to that one entry's value, not every read
// in the object. It reports false, to walk the access as it is, when the object may come from
// elsewhere (any value of it that is no object literal).
func (r *Rules) visitMember(n *syntax.Node, tr *trace, visit func(read *syntax.Node, direct bool)) bool {
	found, ok := r.memberValues(n)
	if !ok {
		return false
	}
	if !tr.enterKey("member@" + strconv.Itoa(n.Start)) {
		return true
	}
	for _, v := range found {
		r.visitReads(v, tr, visit)
	}
	tr.leave()
	return true
}

// memberValues returns the values of the entry a member access names, when the object is
// built in this file as an object literal: for env.searchKey, with const env = { searchKey:
// ..., searchIndex: ... }, the value of searchKey alone. ok is false when the object may come
// from elsewhere (any value of it that is no object literal), and the access is to be walked
// as it is.
func (r *Rules) memberValues(n *syntax.Node) (found []*syntax.Node, ok bool) {
	t := n.Text()
	root, prop, ok := literalSubscript(t)
	if !ok {
		dot := strings.LastIndexByte(t, '.')
		if dot <= 0 || len(t) > 200 || !r.f.Syntax.IsVariable(n) || len(n.NamedChildren()) != 2 {
			return nil, false
		}
		root, prop = t[:dot], t[dot+1:]
	}
	for i, c := range root + prop {
		// this.config.apiKey: the root may be a member itself (the holder's field).
		if c != '_' && c != '$' && !(c == '.' && i < len(root)) && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return nil, false // a[i].key, f().key: not one variable's member
		}
	}
	vals := r.ValuesOf(root)
	if len(vals) == 0 || len(r.ValuesOf(t)) > 0 {
		return nil, false
	}
	if r.entriesAt == nil {
		r.entriesAt = map[*syntax.Node][]Entry{}
		for _, entries := range r.f.Configs {
			if len(entries) > 0 && entries[0].Site != nil {
				if obj := entries[0].Site.Parent(); obj != nil && isContainer(obj.Kind) {
					r.entriesAt[obj] = entries
				}
			}
		}
	}
	for _, val := range vals {
		entries, ok := r.entriesAt[val]
		if !ok {
			return nil, false
		}
		for _, e := range entries {
			if e.Key == prop {
				found = append(found, e.Value)
			}
		}
	}
	return found, true
}

// literalSubscript splits an access by a quoted name, CONFIG["search_key"] or
// config['apiKey'], into the object and the name: the same entry as config.apiKey.
func literalSubscript(t string) (root, prop string, ok bool) {
	if len(t) > 200 || len(t) < 5 || t[len(t)-1] != ']' {
		return "", "", false
	}
	open := strings.IndexByte(t, '[')
	if open <= 0 || open+2 >= len(t)-1 {
		return "", "", false
	}
	q, inner := t[open+1], t[open+1:len(t)-1]
	if q != '"' && q != '\'' || len(inner) < 3 || inner[len(inner)-1] != q {
		return "", "", false
	}
	prop = inner[1 : len(inner)-1]
	if strings.ContainsAny(prop, "\"'\\[]") || prop == "" {
		return "", "", false
	}
	return t[:open], prop, true
}

func (r *Rules) line(off int) int {
	return sort.Search(len(r.lines), func(i int) bool { return r.lines[i] > off }) - 1
}

// saysNoKey reports values that state there is no key, as local OpenAI-compatible servers
// (llamafile, Ollama) are given: "no-key-required", "nokeyneeded", "not-needed".
// statusLabel reports a conditional whose branches are both words (process.env.K ? "Set" :
// "Not Set", key ? 'configured' : 'missing'): the key is only tested, the value is a label.
func (r *Rules) statusLabel(v *syntax.Node) bool {
	if v.Kind != "ternary_expression" && v.Kind != "conditional_expression" {
		return false
	}
	branches := 0
	for _, c := range v.NamedChildren() {
		if isCondition(v, c) {
			continue
		}
		s, ok := r.f.Syntax.StringValue(c)
		if !ok || !keyformat.IsPlainText(s) && !labelText(s) {
			return false
		}
		branches++
	}
	return branches == 2
}

// labelText is a string no key service issues: one with a space or a non-ASCII character
// ("✅ Set", "❌ Missing").
func labelText(s string) bool {
	for _, c := range s {
		if c == ' ' || c >= 0x80 {
			return true
		}
	}
	return false
}

func saysNoKey(s string) bool {
	switch strings.ToLower(strings.NewReplacer("-", "", "_", "", " ", "").Replace(s)) {
	case "nokeyrequired", "nokeyneeded", "nokey", "notneeded", "notrequired", "unused", "none", "null", "na", "n/a", "ollama", "lmstudio",
		"noauth", "noauthplaceholder", "nokeyplaceholder", "notused": // Spring AI's "no-auth-placeholder" when a credential authenticates
		return true
	}
	return false
}

// exclusiveBranches reports a and b in different branches of one if statement (api_key =
// os.getenv("AZURE_OPENAI_KEY") under if use_azure:, api_key = os.getenv("OPENAI_API_KEY")
// under else:): a value assigned in one never reaches a use in the other.
func exclusiveBranches(a, b *syntax.Node) bool {
	if a.Ancestor("if_statement") == nil || b.Ancestor("if_statement") == nil {
		return false // most values and uses: no if around both, nothing to build
	}
	onPath := map[*syntax.Node]*syntax.Node{} // ancestor of a -> its child toward a
	for c, p := a, a.Parent(); p != nil; c, p = p, p.Parent() {
		onPath[p] = c
	}
	for c, p := b, b.Parent(); p != nil; c, p = p, p.Parent() {
		ca, ok := onPath[p]
		if !ok {
			continue
		}
		if p.Kind != "if_statement" || ca == c {
			return false
		}
		cond := p.ChildByField("condition")
		return ca != cond && c != cond
	}
	return false
}
