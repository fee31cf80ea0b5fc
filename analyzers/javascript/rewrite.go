package javascript

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// The keyless rewrites for JavaScript and TypeScript (RULES.md "Fixes"): the key property of
// an Azure OpenAI client's options becomes azureADTokenProvider, a bearer-token provider from
// @azure/identity; a key credential becomes DefaultAzureCredential.

const identityModule = "@azure/identity"

// providerProperty is the options property a client takes a token provider in, or "" when
// keylint knows no keyless twin for it.
func (f *file) providerProperty(c *coderules.Call) string {
	_, module := f.resolve(calleeOf(c.Node))
	switch {
	case c.Name == "AzureOpenAI" && (module == "openai" || module == "@azure/openai" || module == ""):
		return "azureADTokenProvider"
	case strings.HasPrefix(module, "@langchain/") && (c.Name == "AzureChatOpenAI" || c.Name == "AzureOpenAIEmbeddings" || c.Name == "AzureOpenAI"):
		return "azureADTokenProvider"
	case c.Name == "OpenAI" && module == "openai":
		// The v1 API: new OpenAI({ baseURL: ".../openai/v1/", apiKey: provider }); openai
		// >= 5.13 takes a function as apiKey.
		return "apiKey"
	}
	return ""
}

func calleeOf(n *syntax.Node) *syntax.Node {
	if n.Kind == "new_expression" {
		return n.ChildByField("constructor")
	}
	fn := n.ChildByField("function")
	if fn != nil && fn.Kind == "await_expression" && n.ChildOfKind("type_arguments") != nil {
		// await store.set<T>(k, v): the TypeScript grammar makes the await the callee when
		// type arguments follow; the member expression is what is called (and awaited).
		if inner := fn.NamedChildren(); len(inner) == 1 {
			return inner[0]
		}
	}
	return fn
}

// KeyArg implements coderules.Rewriter.
func (f *file) KeyArg(c *coderules.Call, a coderules.Arg) ([]keylint.Edit, string) {
	switch coderules.Norm(a.Name) {
	case "apikey", "azureopenaiapikey", "openaiapikey":
	default:
		return nil, ""
	}
	prop := f.providerProperty(c)
	if prop == "" || a.Site.Kind != "pair" && a.Site.Kind != "shorthand_property_identifier" {
		return nil, ""
	}
	if prop != "apiKey" && f.hasProvider(c) {
		return []keylint.Edit{coderules.DeleteListItem(f.pass.Src, a.Site)}, "Remove the API key: the client already has an Entra ID token provider"
	}
	provider, imports, ok := f.provider()
	if !ok {
		return nil, ""
	}
	edits := append([]keylint.Edit{{Start: a.Site.Start, End: a.Site.End, New: prop + ": " + provider}}, imports...)
	if prop == "apiKey" {
		return edits, "Pass a DefaultAzureCredential token provider as apiKey"
	}
	return edits, "Use azureADTokenProvider with DefaultAzureCredential"
}

func (f *file) hasProvider(c *coderules.Call) bool {
	for _, a := range c.Args {
		if coderules.Norm(a.Name) == "azureadtokenprovider" {
			return true
		}
	}
	return false
}

// KeyCredential implements coderules.Rewriter: new AzureKeyCredential(KEY) becomes new
// DefaultAzureCredential().
func (f *file) KeyCredential(c *coderules.Call) ([]keylint.Edit, string) {
	if c.Name == "ApiKeyCredentials" && c.Node.Kind == "new_expression" {
		return f.msRestAdapter(c)
	}
	if c.Name != "AzureKeyCredential" || c.Node.Kind != "new_expression" {
		return nil, ""
	}
	names, imports, ok := f.ensureImports("DefaultAzureCredential")
	if !ok {
		return nil, ""
	}
	edits := append([]keylint.Edit{{Start: c.Node.Start, End: c.Node.End, New: "new " + names[0] + "()"}}, imports...)
	if scopes, ok := f.inferenceScopes(c.Node); !ok {
		return nil, ""
	} else if scopes != nil {
		edits = append(edits, *scopes)
	}
	if drop, ok := f.unusedImport(calleeOf(c.Node)); ok && !coderules.Overlaps(drop, edits) {
		edits = append(edits, drop)
	}
	return edits, "Use DefaultAzureCredential instead of the key"
}

// inferenceModule is Azure AI Inference's REST client, whose TokenCredential tokens are for
// https://ml.azure.com unless its options say credentials: { scopes: [...] }.
const inferenceModule = "@azure-rest/ai-inference"

// inferenceScopes returns the edit giving an Azure AI Inference client the Cognitive Services
// scope when cred is its credential argument; ok is false where that cannot be done safely
// (options built elsewhere, or the credential reaching the client through a variable).
func (f *file) inferenceScopes(cred *syntax.Node) (*keylint.Edit, bool) {
	args := cred.Parent()
	call := (*syntax.Node)(nil)
	if args != nil && args.Kind == "arguments" {
		call = args.Parent()
	}
	if call == nil {
		for _, b := range f.imports {
			if b.module == inferenceModule {
				return nil, false
			}
		}
		return nil, true
	}
	if _, module := f.resolve(calleeOf(call)); module != inferenceModule {
		return nil, true
	}
	list := namedArgs(args)
	option := "credentials: { scopes: [" + f.quote(f.pass.Opts.Scope) + "] }"
	switch {
	case len(list) == 2 && list[1] == cred:
		return &keylint.Edit{Start: cred.End, End: cred.End, New: ", { " + option + " }"}, true
	case len(list) == 3 && list[1] == cred && unwrap(list[2]).Kind == "object":
		obj := unwrap(list[2])
		for _, e := range objectEntries(obj) {
			if e.Key == "credentials" {
				return nil, false
			}
		}
		if len(obj.NamedChildren()) == 0 {
			return &keylint.Edit{Start: obj.Start, End: obj.End, New: "{ " + option + " }"}, true
		}
		e, ok := coderules.AppendListItem(f.pass.Src, obj, option)
		return &e, ok
	}
	return nil, false
}

// unusedImport returns the edit removing the import (or require) of callee's name when the
// call being rewritten is its only use: import { AzureKeyCredential } from "@azure/core-auth"
// goes, or just its name from a longer list.
func (f *file) unusedImport(callee *syntax.Node) (keylint.Edit, bool) {
	if callee == nil || callee.Kind != "identifier" {
		return keylint.Edit{}, false
	}
	name := callee.Text()
	var binding *syntax.Node
	uses := 0
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		if n.Text() != name {
			continue
		}
		switch n.Kind {
		case "identifier", "shorthand_property_identifier_pattern", "type_identifier", "shorthand_property_identifier":
			uses++
			if p := n.Parent(); p != nil && (p.Kind == "import_specifier" && n.Field == "name" && p.ChildByField("alias") == nil ||
				n.Kind == "shorthand_property_identifier_pattern" && p.Kind == "object_pattern") {
				binding = n
			}
		}
	}
	if binding == nil || uses != 2 {
		return keylint.Edit{}, false
	}
	item, list := binding, binding.Parent() // the specifier in { ... }, or the pattern entry
	if item.Parent().Kind == "import_specifier" {
		item, list = binding.Parent(), binding.Parent().Parent()
	}
	if list == nil {
		return keylint.Edit{}, false
	}
	if len(list.NamedChildren()) > 1 {
		return coderules.DeleteListItem(f.pass.Src, item), true
	}
	stmt := list.Ancestor("import_statement", "lexical_declaration", "variable_declaration")
	if stmt == nil || stmt.Kind == "import_statement" && stmt.ChildOfKind("import_clause") != nil && len(stmt.ChildOfKind("import_clause").NamedChildren()) > 1 {
		return keylint.Edit{}, false // import X, { AzureKeyCredential } from ...: X stays
	}
	if s, e, ok := coderules.WholeLines(f.pass.Src, stmt.Start, stmt.End); ok {
		return keylint.Edit{Start: s, End: e}, true
	}
	return keylint.Edit{}, false
}

// AddCredential implements coderules.Rewriter: new AzureOpenAI({...}) with no credential gets
// azureADTokenProvider in its options (or an options object if it has none).
func (f *file) AddCredential(c *coderules.Call) ([]keylint.Edit, string) {
	prop := f.providerProperty(c)
	if prop != "azureADTokenProvider" {
		return nil, ""
	}
	provider, imports, ok := f.provider()
	if !ok {
		return nil, ""
	}
	args := c.Node.ChildByField("arguments")
	if args != nil && args.End-args.Start < 2 {
		return nil, "" // a parenthesis the parser made up (broken code)
	}
	var edit keylint.Edit
	switch list := namedArgs(args); {
	case args == nil:
		// new AzureOpenAI
		edit = keylint.Edit{Start: c.Node.End, End: c.Node.End, New: "({ " + prop + ": " + provider + " })"}
	case len(list) == 0:
		edit = keylint.Edit{Start: args.Start + 1, End: args.Start + 1, New: "{ " + prop + ": " + provider + " }"}
	case unwrap(list[0]).Kind == "object":
		obj := unwrap(list[0])
		if obj.End-obj.Start < 2 {
			return nil, "" // a brace the parser made up (broken code)
		}
		if obj.End-obj.Start == 2 || len(bytes.TrimSpace(f.pass.Src[obj.Start+1:obj.End-1])) == 0 {
			edit = keylint.Edit{Start: obj.Start, End: obj.End, New: "{ " + prop + ": " + provider + " }"}
			break
		}
		if edit, ok = coderules.AppendListItem(f.pass.Src, obj, prop+": "+provider); !ok {
			return nil, ""
		}
	default:
		return nil, ""
	}
	return append([]keylint.Edit{edit}, imports...), "Add azureADTokenProvider with DefaultAzureCredential"
}

func namedArgs(args *syntax.Node) []*syntax.Node {
	if args == nil {
		return nil
	}
	var out []*syntax.Node
	for _, a := range args.NamedChildren() {
		if a.Kind != "comment" {
			out = append(out, a)
		}
	}
	return out
}

// provider is the token-provider expression and the import it needs.
func (f *file) provider() (string, []keylint.Edit, bool) {
	names, imports, ok := f.ensureImports("DefaultAzureCredential", "getBearerTokenProvider")
	if !ok {
		return "", nil, false
	}
	return names[1] + "(new " + names[0] + "(), " + f.quote(f.pass.Opts.Scope) + ")", imports, true
}

// ensureImports returns the local names of @azure/identity exports and the edit that imports
// the missing ones: merged into an existing import (or require) of @azure/identity, else a new
// statement after the file's imports (ESM) or requires (CommonJS), in the file's own quote
// and semicolon style.
func (f *file) ensureImports(names ...string) ([]string, []keylint.Edit, bool) {
	r := f.importMemo.Get(strings.Join(names, ","), func() coderules.ImportEdits {
		n, e, ok := f.computeImports(names...)
		return coderules.ImportEdits{Names: n, Edits: e, OK: ok}
	})
	return r.Names, r.Edits, r.OK
}

func (f *file) computeImports(names ...string) ([]string, []keylint.Edit, bool) {
	local := make([]string, len(names))
	var missing []string
	for i, name := range names {
		for l, b := range f.imports {
			if b.module == identityModule && b.name == name && (local[i] == "" || l == name) {
				local[i] = l
			}
			if b.module == identityModule && b.name == "" && local[i] == "" {
				local[i] = l + "." + name // import * as identity from "@azure/identity"
			}
		}
		if local[i] != "" {
			continue
		}
		if _, taken := f.imports[name]; taken {
			return nil, nil, false
		}
		local[i] = name
		missing = append(missing, name)
	}
	if len(missing) == 0 {
		return local, nil, true
	}
	var lastImport, lastRequire *syntax.Node
	for _, st := range f.pass.Tree.TopLevel() {
		switch st.Kind {
		case "import_statement":
			lastImport = st
			if src, _ := stringValue(st.ChildByField("source")); src == identityModule {
				if named := findKind(st, "named_imports"); named != nil {
					return local, []keylint.Edit{appendNames(f.pass.Src, named, missing)}, true
				}
			}
		case "lexical_declaration", "variable_declaration":
			d := st.ChildOfKind("variable_declarator")
			if d == nil || !isRequire(d.ChildByField("value")) {
				continue
			}
			lastRequire = st
			if mod, _ := stringValue(d.ChildByField("value").ChildByField("arguments").NamedChildren()[0]); mod == identityModule {
				if pat := d.ChildByField("name"); pat != nil && pat.Kind == "object_pattern" {
					return local, []keylint.Edit{appendNames(f.pass.Src, pat, missing)}, true
				}
			}
		}
	}
	semi := ";"
	var stmt string
	after := lastImport
	if lastImport == nil && (lastRequire != nil || f.commonJS()) {
		after = lastRequire
		stmt = "const { " + strings.Join(missing, ", ") + " } = require(" + f.quote(identityModule) + ")"
	} else {
		stmt = "import { " + strings.Join(missing, ", ") + " } from " + f.quote(identityModule)
	}
	if after != nil && !strings.HasSuffix(strings.TrimSpace(after.Text()), ";") {
		semi = ""
	}
	at, prefix := f.insertionPoint(after)
	return local, []keylint.Edit{{Start: at, End: at, New: prefix + stmt + semi + "\n"}}, true
}

// commonJS reports a file that is CommonJS by its extension, or a plain .js/.jsx file with
// no import statement (Node's default module kind).
func (f *file) commonJS() bool {
	p := strings.ToLower(f.pass.Path)
	switch {
	case strings.HasSuffix(p, ".cjs") || strings.HasSuffix(p, ".cts"):
		return true
	case strings.HasSuffix(p, ".js") || strings.HasSuffix(p, ".jsx"):
		return !bytes.Contains(f.pass.Src, []byte("import ")) && !bytes.Contains(f.pass.Src, []byte("export "))
	}
	return false
}

func isRequire(v *syntax.Node) bool {
	if v == nil || v.Kind != "call_expression" || v.ChildByField("function").Text() != "require" {
		return false
	}
	args := v.ChildByField("arguments")
	return args != nil && len(args.NamedChildren()) == 1
}

func findKind(n *syntax.Node, kind string) *syntax.Node {
	desc := n.Descendants()
	for i := range desc {
		if desc[i].Kind == kind {
			return &desc[i]
		}
	}
	return nil
}

// appendNames adds names to { A, B } (an import list or a require pattern).
func appendNames(src []byte, list *syntax.Node, names []string) keylint.Edit {
	if e, ok := coderules.AppendListItem(src, list, strings.Join(names, ", ")); ok && len(list.NamedChildren()) > 0 {
		return e
	}
	return keylint.Edit{Start: list.Start, End: list.End, New: "{ " + strings.Join(names, ", ") + " }"}
}

// insertionPoint is the start of the line after node, or after a leading shebang, "use
// strict" directive and header comment when node is nil.
func (f *file) insertionPoint(after *syntax.Node) (int, string) {
	src := f.pass.Src
	at := 0
	if after != nil {
		at = after.End
	} else {
		for _, st := range f.pass.Tree.TopLevel() {
			// A leading comment block (a license, the file's description) stays first, whole:
			// a run of // lines is one comment node per line.
			if st.Kind == "hash_bang_line" || st.Kind == "comment" && (st.Start == at || at > 0 && onlyNewline(src[at:st.Start])) ||
				st.Kind == "expression_statement" && strings.Contains(st.Text(), "use strict") {
				at = st.End
				continue
			}
			break
		}
		if at == 0 {
			if bytes.HasPrefix(src, []byte("\uFEFF")) {
				return 3, ""
			}
			return 0, ""
		}
	}
	nl := bytes.IndexByte(src[at:], '\n')
	if nl < 0 {
		return len(src), "\n"
	}
	return at + nl + 1, ""
}

// onlyNewline reports whitespace holding exactly one line break: the next line, no blank one
// between.
func onlyNewline(b []byte) bool {
	return len(bytes.TrimSpace(b)) == 0 && bytes.Count(b, []byte("\n")) == 1
}

// quote writes s as a string literal with the quote character the file's imports use.
func (f *file) quote(s string) string {
	q := byte('"')
	for _, st := range f.pass.Tree.TopLevel() {
		if st.Kind == "import_statement" {
			if src := st.ChildByField("source"); src != nil && src.End > src.Start {
				q = f.pass.Src[src.Start]
			}
			break
		}
	}
	lit := strconv.Quote(s)
	if q == '\'' {
		return "'" + strings.ReplaceAll(lit[1:len(lit)-1], "'", "\\'") + "'"
	}
	return lit
}

// ConfigKey implements coderules.ConfigRewriter: the key of an options object held in a
// variable, const options = { endpoint, apiKey }, when every use of the variable is the
// options argument of a client with a token-provider twin (new AzureOpenAI(options)). The key
// becomes the provider, as in the client's own options. Anything else the variable reaches
// (a spread, a function, an export) keeps the key: keylint cannot see what reads it there.
func (f *file) ConfigKey(e coderules.Entry) ([]keylint.Edit, string) {
	switch coderules.Norm(e.Key) {
	case "apikey", "azureopenaiapikey", "openaiapikey":
	default:
		return nil, ""
	}
	if e.Site.Kind != "pair" && e.Site.Kind != "shorthand_property_identifier" {
		return nil, ""
	}
	obj := e.Site.Parent()
	if obj == nil || obj.Kind != "object" || obj.ChildOfKind("spread_element") != nil {
		return nil, ""
	}
	clients := f.optionsClients(obj)
	if len(clients) == 0 {
		return nil, ""
	}
	prop := ""
	for _, c := range clients {
		p := f.providerProperty(c)
		if p == "" || prop != "" && p != prop {
			return nil, ""
		}
		prop = p
	}
	var entries []coderules.Arg
	for _, en := range objectEntries(obj) {
		entries = append(entries, coderules.Arg{Name: en.Key})
	}
	if prop != "apiKey" && f.hasProvider(&coderules.Call{Args: entries}) {
		return []keylint.Edit{coderules.DeleteListItem(f.pass.Src, e.Site)}, "Remove the API key: the client options already have an Entra ID token provider"
	}
	provider, imports, ok := f.provider()
	if !ok {
		return nil, ""
	}
	edits := append([]keylint.Edit{{Start: e.Site.Start, End: e.Site.End, New: prop + ": " + provider}}, imports...)
	if prop == "apiKey" {
		return edits, "Pass a DefaultAzureCredential token provider as apiKey in the client options"
	}
	return edits, "Use azureADTokenProvider with DefaultAzureCredential in the client options"
}

// optionsClients returns the client calls an options object reaches when it is the value of
// a variable declared once (const options = {...}, not exported, with no type annotation
// that could reject a new property) whose every other mention is the only argument of a call
// keylint knows: new AzureOpenAI(options). nil when any mention is something else.
func (f *file) optionsClients(obj *syntax.Node) []*coderules.Call {
	n := obj
	p := n.Parent()
	for p != nil && (p.Kind == "parenthesized_expression" || p.Kind == "satisfies_expression") {
		n, p = p, p.Parent()
	}
	if p == nil || p.Kind != "variable_declarator" || p.ChildByField("value") != n || p.ChildByField("type") != nil {
		return nil
	}
	name := p.ChildByField("name")
	if name == nil || name.Kind != "identifier" || len(f.facts.Assigns[name.Text()]) != 1 || p.Ancestor("export_statement") != nil {
		return nil
	}
	calls := map[*syntax.Node]*coderules.Call{}
	for _, c := range f.facts.Calls {
		calls[c.Node] = c
	}
	var out []*coderules.Call
	for i := range f.pass.Tree.Nodes {
		u := &f.pass.Tree.Nodes[i]
		if u == name || u.End-u.Start != name.End-name.Start || u.Text() != name.Text() {
			continue
		}
		switch u.Kind {
		case "property_identifier":
			continue // x.options, { options: 1 }
		case "identifier":
		default:
			return nil // { options } shorthand, a type, a pattern: the object goes elsewhere
		}
		arg := u
		for q := arg.Parent(); q != nil && (q.Kind == "as_expression" || q.Kind == "non_null_expression" || q.Kind == "parenthesized_expression"); q = arg.Parent() {
			arg = q
		}
		args := arg.Parent()
		if args == nil || args.Kind != "arguments" || len(namedArgs(args)) != 1 {
			return nil
		}
		c := calls[args.Parent()]
		if c == nil {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// EntryOf implements coderules.EntryRewriter: the entry { K: read } whose value is read.
func (f *file) EntryOf(read *syntax.Node) *syntax.Node {
	return coderules.PairEntryOf(read, "parenthesized_expression", "as_expression", "non_null_expression")
}

// EntryUses implements coderules.EntryRewriter: entry is K: value in an object literal held
// in a variable V declared once and not exported (const config = { K: ... }), and V appears
// nowhere but as V.K and V.other; the uses are the V.K.
func (f *file) EntryUses(entry *syntax.Node) ([]*syntax.Node, bool) {
	if entry.Kind != "pair" {
		return nil, false
	}
	key := entry.ChildByField("key")
	k, ok := stringValue(key)
	if !ok {
		if key == nil || key.Kind != "property_identifier" {
			return nil, false
		}
		k = key.Text()
	}
	obj := entry.Parent()
	if obj == nil || obj.Kind != "object" {
		return nil, false
	}
	n, decl := obj, obj.Parent()
	for decl != nil && (decl.Kind == "parenthesized_expression" || decl.Kind == "satisfies_expression" || decl.Kind == "as_expression") {
		n, decl = decl, decl.Parent()
	}
	if decl == nil || decl.Kind != "variable_declarator" || decl.ChildByField("value") != n || decl.Ancestor("export_statement") != nil {
		return nil, false
	}
	name := decl.ChildByField("name")
	if name == nil || name.Kind != "identifier" || len(f.facts.Assigns[name.Text()]) != 1 {
		return nil, false
	}
	var uses []*syntax.Node
	ok = coderules.OtherMentions(f.pass.Tree, name, func(u *syntax.Node) bool {
		if u.Kind == "property_identifier" {
			return true // other.config: another object's member
		}
		m := u.Parent()
		if u.Kind != "identifier" || m == nil || m.Kind != "member_expression" || m.ChildByField("object") != u {
			return false // passed whole, spread, destructured, config[k]: the entry may be read there
		}
		if prop := m.ChildByField("property"); prop != nil && prop.Text() == k {
			uses = append(uses, m)
		}
		return true
	})
	return uses, ok
}

const msRestModule = "@azure/ms-rest-js"

// adapterClients are the legacy @azure/cognitiveservices-* clients (which take @azure/ms-rest-js
// credentials) whose services take Entra ID tokens for the Cognitive Services scope on the
// resource's own endpoint: Face and Computer Vision. Not Bing, LUIS, QnA Maker or Translator
// (key-only, or tokens of another kind), nor the ones keylint does not know to (Content
// Moderator, Custom Vision, Personalizer).
var adapterClients = map[string]string{
	"@azure/cognitiveservices-face":           "FaceClient",
	"@azure/cognitiveservices-computervision": "ComputerVisionClient",
}

// msRestAdapter rewrites new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key":
// key } }) given to a Face or Computer Vision client into ms-rest-js's own bridge from
// @azure/identity, new msRest.AzureIdentityCredentialAdapter(new DefaultAzureCredential(),
// scope), which signs each request with a fresh token.
func (f *file) msRestAdapter(c *coderules.Call) ([]keylint.Edit, string) {
	callee := unwrap(calleeOf(c.Node))
	if _, module := f.resolveModule(callee); module != msRestModule || !subscriptionKeyOnly(c.Node) || f.regionalEndpoint() {
		return nil, ""
	}
	clients := f.credentialClients(c.Node)
	if len(clients) == 0 {
		return nil, ""
	}
	for _, cl := range clients {
		name, module := f.resolveModule(unwrap(calleeOf(cl)))
		if want, ok := adapterClients[module]; !ok || name != want {
			return nil, ""
		}
	}
	names, imports, ok := f.ensureImports("DefaultAzureCredential")
	if !ok {
		return nil, ""
	}
	const adapter = "AzureIdentityCredentialAdapter"
	var edits []keylint.Edit
	ctor := adapter
	switch callee.Kind {
	case "member_expression": // msRest.ApiKeyCredentials
		ctor = callee.ChildByField("object").Text() + "." + adapter
	case "identifier": // imported by name: the binding is renamed, if this was its only use
		rename, ok := f.renameBinding(callee, adapter)
		if !ok {
			return nil, ""
		}
		edits = append(edits, rename...)
	default:
		return nil, ""
	}
	edits = append(edits, keylint.Edit{Start: c.Node.Start, End: c.Node.End, New: "new " + ctor + "(new " + names[0] + "(), " + f.quote(f.pass.Opts.Scope) + ")"})
	return append(edits, imports...), "Use ms-rest-js's AzureIdentityCredentialAdapter with DefaultAzureCredential instead of the key"
}

// resolveModule is resolve, also for a name bound by const X = require("m").X.
func (f *file) resolveModule(callee *syntax.Node) (string, string) {
	name, module := f.resolve(callee)
	if module != "" || callee == nil || callee.Kind != "identifier" {
		return name, module
	}
	if d := f.requireMember(callee.Text()); d != nil {
		v := d.ChildByField("value")
		m, _ := stringValue(v.ChildByField("object").ChildByField("arguments").NamedChildren()[0])
		return v.ChildByField("property").Text(), m
	}
	return name, ""
}

// requireMember finds the one declarator const name = require("m").Export, or nil.
func (f *file) requireMember(name string) *syntax.Node {
	var found *syntax.Node
	for _, st := range f.pass.Tree.TopLevel() {
		if st.Kind != "lexical_declaration" && st.Kind != "variable_declaration" {
			continue
		}
		for _, d := range st.NamedChildren() {
			if d.Kind != "variable_declarator" || d.ChildByField("name") == nil || d.ChildByField("name").Text() != name {
				continue
			}
			v := d.ChildByField("value")
			if v == nil || v.Kind != "member_expression" || !isRequire(v.ChildByField("object")) {
				return nil
			}
			if found != nil {
				return nil
			}
			found = d
		}
	}
	return found
}

// subscriptionKeyOnly reports new ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": k } })
// with nothing else in its options.
func subscriptionKeyOnly(call *syntax.Node) bool {
	args := namedArgs(call.ChildByField("arguments"))
	if len(args) != 1 || unwrap(args[0]).Kind != "object" {
		return false
	}
	outer := objectEntries(unwrap(args[0]))
	if len(outer) != 1 || outer[0].Key != "inHeader" || outer[0].Value == nil || outer[0].Value.Kind != "object" {
		return false
	}
	inner := objectEntries(outer[0].Value)
	return len(inner) == 1 && strings.EqualFold(inner[0].Key, "Ocp-Apim-Subscription-Key") &&
		len(namedArgs(unwrap(args[0]))) == 1 && len(namedArgs(outer[0].Value)) == 1
}

// regionalEndpoint reports a file that names a regional endpoint or another service's host,
// which take no Entra ID token.
func (f *file) regionalEndpoint() bool {
	lower := bytes.ToLower(f.pass.Src)
	for _, h := range append([]string{"api.cognitive.microsoft.com"}, azurectx.OtherServiceHosts...) {
		if bytes.Contains(lower, []byte(h)) {
			return true
		}
	}
	return false
}

// credentialClients are the calls a credential reaches: the one it is an argument of, or,
// held in a variable declared once (and not exported), the calls every other mention of the
// variable is an argument of. nil when it goes anywhere else.
func (f *file) credentialClients(cred *syntax.Node) []*syntax.Node {
	n, p := cred, cred.Parent()
	for p != nil && p.Kind == "parenthesized_expression" {
		n, p = p, p.Parent()
	}
	switch {
	case p == nil:
		return nil
	case p.Kind == "arguments":
		if call := p.Parent(); call != nil && call.Kind == "new_expression" {
			return []*syntax.Node{call}
		}
		return nil
	case p.Kind != "variable_declarator" || p.ChildByField("value") != n || p.Ancestor("export_statement") != nil:
		return nil
	}
	name := p.ChildByField("name")
	if name == nil || name.Kind != "identifier" || len(f.facts.Assigns[name.Text()]) != 1 {
		return nil
	}
	var out []*syntax.Node
	for i := range f.pass.Tree.Nodes {
		u := &f.pass.Tree.Nodes[i]
		if u == name || u.Kind == "property_identifier" || u.End-u.Start != name.End-name.Start || u.Text() != name.Text() {
			continue
		}
		args := u.Parent()
		if u.Kind != "identifier" || args == nil || args.Kind != "arguments" || args.Parent() == nil || args.Parent().Kind != "new_expression" {
			return nil
		}
		out = append(out, args.Parent())
	}
	return out
}

// renameBinding returns the edits renaming the import of callee's name (import { X }, const
// { X } = require(...), const X = require(...).X) to to, when callee is the name's only use
// and to is not taken.
func (f *file) renameBinding(callee *syntax.Node, to string) ([]keylint.Edit, bool) {
	name := callee.Text()
	if _, taken := f.imports[to]; taken {
		return nil, false
	}
	for i := range f.pass.Tree.Nodes {
		if n := &f.pass.Tree.Nodes[i]; n.Kind == "identifier" && n.Text() == to {
			return nil, false // the name means something here already
		}
	}
	var binding []*syntax.Node
	uses := 0
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		if n.End-n.Start != len(name) || n.Text() != name {
			continue
		}
		switch n.Kind {
		case "identifier", "shorthand_property_identifier_pattern", "type_identifier", "shorthand_property_identifier":
			uses++
			p := n.Parent()
			switch {
			case p != nil && p.Kind == "import_specifier" && n.Field == "name" && p.ChildByField("alias") == nil,
				n.Kind == "shorthand_property_identifier_pattern":
				binding = append(binding, n)
			case p != nil && p.Kind == "variable_declarator" && n.Field == "name":
				if v := p.ChildByField("value"); v != nil && v.Kind == "member_expression" && isRequire(v.ChildByField("object")) && v.ChildByField("property").Text() == name {
					binding = append(binding, n, v.ChildByField("property"))
				}
			}
		}
	}
	if len(binding) == 0 || uses != 2 {
		return nil, false
	}
	var edits []keylint.Edit
	for _, b := range binding {
		edits = append(edits, keylint.Edit{Start: b.Start, End: b.End, New: to})
	}
	return edits, true
}
