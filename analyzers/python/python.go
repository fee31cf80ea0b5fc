// Package python checks Python source (and the code cells of notebooks) for key-based
// authentication to Azure OpenAI and Azure AI services. It turns the syntax tree into
// coderules.Facts (KL101, KL102, KL104-KL107 live there) and reports KL103, the openai<1.0
// module globals, itself.
package python

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// Checker implements check.Checker for Python.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Python} }

// Check runs every Python rule on one file.
func (Checker) Check(p *check.Pass) {
	if p.Tree == nil || p.Tree.Root() == nil {
		return
	}
	f := &file{pass: p, imports: map[string]string{}, dictKeys: map[string][]coderules.Entry{}, dictLiterals: map[string]int{}}
	f.facts = &coderules.Facts{Syntax: f, Rewriter: f, HeaderRewriter: f, Assigns: map[string][]*syntax.Node{}, Funcs: map[string]bool{}, LocalTypes: map[string]bool{}}
	f.collect()
	rules := coderules.New(p, f.facts)
	f.checkLegacyGlobals(rules)
	rules.Run()
}

// file holds what one pass over the tree learned about the file.
type file struct {
	pass    *check.Pass
	facts   *coderules.Facts
	imports map[string]string // local name -> qualified name
	// localModules caches ownModule's answer per top-level module name.
	localModules map[string]bool
	// dictKeys maps a dict variable to the entries it gets: x = {"k": v}, x = dict(k=v), x["k"] = v.
	dictKeys     map[string][]coderules.Entry
	dictLiterals map[string]int // how many dict literals are assigned to each variable
	calls        []*syntax.Node
	attrAssigns  []*syntax.Node // openai.api_key = v
	importMemo   coderules.ImportMemo
	bindings     map[*syntax.Node]map[string]string // importBindings per import statement, once
}

// collect makes one pass over the tree for imports, assignments and definitions, then a second
// over the calls, dictionaries and strings it found, which need those.
func (f *file) collect() {
	markers := f.pass.Opts.Markers
	var dicts, strs, subscripts []*syntax.Node
	f.pass.Tree.Walk(func(n *syntax.Node) {
		switch n.Kind {
		case "import_statement", "import_from_statement":
			f.addImport(n)
		case "assignment":
			if left := n.ChildByField("left"); left != nil && left.Kind == "subscript" {
				subscripts = append(subscripts, n)
			}
			f.addAssignment(n)
		case "function_definition":
			if name := n.ChildByField("name"); name != nil {
				f.facts.Funcs[name.Text()] = true
			}
		case "class_definition":
			if name := n.ChildByField("name"); name != nil {
				f.facts.LocalTypes[name.Text()] = true
			}
		case "call":
			f.calls = append(f.calls, n)
		case "dictionary":
			dicts = append(dicts, n)
		case "string":
			strs = append(strs, n)
		case "identifier", "string_content", "dotted_name":
			if !f.facts.Azure && (markers.In(n.Text()) || n.Kind == "dotted_name" && azurectx.IsAzureModule(n.Text())) {
				f.facts.Azure = true
			}
		}
		if f.envWrite(n) {
			f.facts.EnvWrites = append(f.facts.EnvWrites, n)
		} else if name, _, ok := f.envRead(n); ok {
			f.facts.EnvReads = append(f.facts.EnvReads, coderules.EnvRead{Name: name, Node: n})
			if name == "OPENAI_API_TYPE" && n.Kind == "call" {
				// os.getenv("OPENAI_API_TYPE", "azure"): the openai library's own settings
				// default to Azure, its OPENAI_API_KEY with them.
				if args := codeChildren(n.ChildByField("arguments")); len(args) > 1 {
					if v, ok := stringValue(args[1]); ok && strings.EqualFold(v, "azure") {
						f.facts.OpenAIKeyAzure, f.facts.Azure = true, true
					}
				}
			}
		}
	})
	for _, c := range f.calls {
		f.addCall(c)
	}
	for _, d := range dicts {
		entries := f.dictLiteralEntries(d)
		f.facts.Configs = append(f.facts.Configs, entries)
		for _, e := range entries {
			if coderules.IsKeyHeader(e.Key) || coderules.IsOtherKeyHeader(e.Key) {
				f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: e.Key, Value: e.Value, Site: e.Site})
			}
		}
	}
	for name, entries := range f.dictKeys {
		// A dict assigned whole in several branches is checked branch by branch (each literal
		// above); merging them would pair one branch's api_type with another's key.
		if f.dictLiterals[name] <= 1 {
			f.facts.Configs = append(f.facts.Configs, entries)
		}
	}
	for _, a := range subscripts {
		key, ok := stringValue(a.ChildByField("left").ChildByField("subscript"))
		if ok && coderules.IsKeyHeader(key) {
			f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: key, Value: a.ChildByField("right"), Site: a})
		}
	}
	for _, s := range strs {
		f.facts.Headers = append(f.facts.Headers, coderules.QueryKeys(s)...)
		if v, ok := stringValue(s); ok {
			f.facts.Literals = append(f.facts.Literals, coderules.Literal{
				Node: s, Value: v, Content: stringContentSpan(s), Context: f.literalContext(s),
			})
		}
	}
}

func (f *file) addImport(n *syntax.Node) {
	for local, full := range importBindings(n) {
		f.imports[local] = full
	}
}

// ownModule reports a call through a name imported from a module of the program by an
// absolute import (from speech import voice_creation, with speech/ beside the file): found on
// disk, the answer depends on those directories (DependsOn).
func (f *file) ownModule(fn *syntax.Node, q string) bool {
	if fn == nil || azurectx.IsAzureModule(q) {
		return false
	}
	local, _, _ := strings.Cut(fn.Text(), ".")
	full, ok := f.imports[local]
	if !ok || strings.HasPrefix(full, ".") {
		return false
	}
	top, _, _ := strings.Cut(full, ".")
	own, seen := f.localModules[top]
	if !seen {
		var dirs []string
		own, dirs = localModule(f.pass.Path, top)
		f.pass.DependsOn = append(f.pass.DependsOn, dirs...)
		if f.localModules == nil {
			f.localModules = map[string]bool{}
		}
		f.localModules[top] = own
	}
	return own
}

// importBindings returns the names an import statement binds, each with the qualified name it
// stands for.
func importBindings(n *syntax.Node) map[string]string {
	out := map[string]string{}
	module := ""
	if n.Kind == "import_from_statement" {
		module = n.ChildByField("module_name").Text()
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Field != "name" {
			continue
		}
		name, alias := c, (*syntax.Node)(nil)
		if c.Kind == "aliased_import" {
			name, alias = c.ChildByField("name"), c.ChildByField("alias")
		}
		full := name.Text()
		if module != "" {
			full = module + "." + full
		}
		switch {
		case alias != nil:
			out[alias.Text()] = full
		case module != "":
			out[name.Text()] = full
		default:
			// "import a.b" binds "a"; qualified names through it stay as written.
			head, _, _ := strings.Cut(full, ".")
			out[head] = head
		}
	}
	return out
}

func (f *file) addAssignment(n *syntax.Node) {
	left, right := n.ChildByField("left"), n.ChildByField("right")
	if left == nil || right == nil {
		return
	}
	switch left.Kind {
	case "identifier":
		name := left.Text()
		f.facts.Assigns[name] = append(f.facts.Assigns[name], right)
		if entries := f.dictLiteralEntries(right); len(entries) > 0 {
			f.dictKeys[name] = append(f.dictKeys[name], entries...)
			f.dictLiterals[name]++
		}
	case "subscript":
		obj := left.ChildByField("value")
		if key, ok := stringValue(left.ChildByField("subscript")); ok && obj != nil {
			if v, _ := stringValue(right); strings.EqualFold(v, "azure") && key == "OPENAI_API_TYPE" && f.qualified(obj) == "os.environ" {
				f.facts.OpenAIKeyAzure = true // os.environ["OPENAI_API_TYPE"] = "azure"
				f.facts.Azure = true
			}
			f.dictKeys[obj.Text()] = append(f.dictKeys[obj.Text()], coderules.Entry{Key: key, Value: right, Site: n})
			// st.session_state["token"] = cred.get_token(scope): followed by its text, so that
			// st.session_state["token"].token reads as a token.
			f.facts.Assigns[left.Text()] = append(f.facts.Assigns[left.Text()], right)
		}
	case "attribute":
		f.attrAssigns = append(f.attrAssigns, n)
		if strings.EqualFold(f.apiTypeValue(right), "azure") && f.qualified(left) == "openai.api_type" {
			f.facts.OpenAIKeyAzure, f.facts.Azure = true, true // the whole file's reads, above the line too
		}
		// self.api_key = key, openai.api_key = token: followed like variables, by their text.
		f.facts.Assigns[left.Text()] = append(f.facts.Assigns[left.Text()], right)
	}
}

// aiFrameworkModules are AI frameworks whose Azure* classes configure an Azure AI client.
var aiFrameworkModules = []string{"semantic_kernel.", "agent_framework.", "autogen_ext.", "llama_index.", "langchain_openai.", "langchain_community."}

func aiFrameworkModule(q string) bool {
	for _, m := range aiFrameworkModules {
		if strings.HasPrefix(q, m) {
			return true
		}
	}
	return false
}

// addCall records a call with its keyword arguments by name and its first positional
// arguments unnamed. A **dict argument is opaque, but the keys the file puts into that dict
// (client_args["api_key"] = ...) count as arguments, reported where they are set.
func (f *file) addCall(n *syntax.Node) {
	q := f.qualified(n.ChildByField("function"))
	if q == "" {
		q = f.chainQualified(n.ChildByField("function"))
	}
	name := shortName(q)
	// azure-ai-evaluation's OpenAIModelConfiguration is for openai.com, despite its package.
	azure := azurectx.IsAzureModule(q) && (!(strings.Contains(name, "OpenAI") && !strings.Contains(name, "Azure")) || strings.HasPrefix(q, "synapse.ml.")) ||
		// semantic-kernel's AzureAIAgentSettings(api_key=...), AzureOpenAISettings: an AI
		// framework's Azure settings class, not the program's own settings type.
		strings.Contains(name, "Azure") && aiFrameworkModule(q)
	c := &coderules.Call{Node: n, Name: name, Azure: azure, NotAI: azurectx.IsNonAIModule(q)}
	c.EnvFallback = coderules.EnvFallbackClients[c.Name]
	// from .tools import SearchTool, or from speech import voice_creation with speech/ beside
	// the file: the program's own module. (Looked up on disk only for a call handed something
	// named for a key, which is all the answer decides.)
	c.Own = strings.HasPrefix(q, ".") || !azure && !coderules.IsAzureClientName(name) &&
		strings.Contains(strings.ToLower(n.ChildByField("arguments").Text()), "key") && f.ownModule(n.ChildByField("function"), q)
	for _, a := range n.ChildByField("arguments").NamedChildren() {
		switch a.Kind {
		case "keyword_argument":
			c.Args = append(c.Args, coderules.Arg{Name: a.ChildByField("name").Text(), Value: a.ChildByField("value"), Site: a})
		case "dictionary_splat":
			c.Opaque = true
			if id := a.NamedChildren(); len(id) == 1 && id[0].Kind == "identifier" {
				for _, e := range f.dictKeys[id[0].Text()] {
					c.Args = append(c.Args, coderules.Arg{Name: e.Key, Value: e.Value, Site: e.Site})
				}
			} else if len(id) == 1 && id[0].Kind == "call" {
				// AzureOpenAI(**_auth_kwargs(s)): the dicts a function of this file returns
				// are the call's keyword arguments, each at its own line.
				for _, e := range f.returnedDicts(id[0]) {
					c.Args = append(c.Args, coderules.Arg{Name: e.Key, Value: e.Value, Site: e.Site, Held: true})
				}
			}
		case "list_splat":
			c.Opaque = true
		case "comment":
		default:
			c.Args = append(c.Args, coderules.Arg{Value: a, Site: a})
		}
	}
	f.facts.Calls = append(f.facts.Calls, c)
	if headerSetters[c.Name] || coderules.HeaderSetterName(c.Name) {
		args := codeChildren(n.ChildByField("arguments"))
		if len(args) >= 2 {
			if h, ok := stringValue(args[0]); ok {
				f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: h, Value: args[1], Site: n, NameNode: args[0]})
			}
		}
	}
}

// headerSetters are methods that set one header: req.add_header("api-key", key).
var headerSetters = map[string]bool{"add_header": true, "putheader": true, "add_unredirected_header": true}

// returnedDicts returns the entries of the dict literals returned by the function of this file
// that call calls (its own return statements, not those of functions nested in it).
func (f *file) returnedDicts(call *syntax.Node) []coderules.Entry {
	callee := call.ChildByField("function")
	if callee == nil || callee.Kind != "identifier" || !f.facts.Funcs[callee.Text()] {
		return nil
	}
	var out []coderules.Entry
	f.pass.Tree.Walk(func(n *syntax.Node) {
		if n.Kind != "function_definition" {
			return
		}
		if name := n.ChildByField("name"); name == nil || name.Text() != callee.Text() {
			return
		}
		body := n.ChildByField("body")
		if body == nil {
			return
		}
		desc := body.Descendants()
		for i := range desc {
			r := &desc[i]
			if r.Kind != "return_statement" || r.Ancestor("function_definition") != n {
				continue
			}
			if kids := r.NamedChildren(); len(kids) == 1 {
				if entries := f.dictLiteralEntries(kids[0]); !openAIOptions(entries) {
					out = append(out, entries...)
				}
			}
		}
	})
	return out
}

// openAIOptions reports the options of openai.com's client (organization, base_url) with no
// Azure option among them: the branch of a shared helper that serves the other service.
func openAIOptions(entries []coderules.Entry) bool {
	other := false
	for _, e := range entries {
		k := strings.ToLower(e.Key)
		if strings.HasPrefix(k, "azure") || k == "api_version" {
			return false
		}
		other = other || k == "organization" || k == "base_url"
	}
	return other
}

// dictLiteralEntries returns the entries of {"k": v} or dict(k=v).
func (f *file) dictLiteralEntries(n *syntax.Node) []coderules.Entry {
	var out []coderules.Entry
	switch n.Kind {
	case "parenthesized_expression", "conditional_expression":
		// ({"api_key": k} if k else {"azure_ad_token_provider": p}): either dict may be used.
		for _, c := range n.NamedChildren() {
			out = append(out, f.dictLiteralEntries(c)...)
		}
	case "dictionary":
		for _, pair := range n.NamedChildren() {
			if pair.Kind != "pair" {
				continue
			}
			if key, ok := stringValue(pair.ChildByField("key")); ok {
				out = append(out, coderules.Entry{Key: key, Value: pair.ChildByField("value"), Site: pair})
			}
		}
	case "call":
		if f.qualified(n.ChildByField("function")) == "dict" {
			for _, kw := range n.ChildByField("arguments").NamedChildren() {
				if kw.Kind == "keyword_argument" {
					out = append(out, coderules.Entry{Key: kw.ChildByField("name").Text(), Value: kw.ChildByField("value"), Site: kw})
				}
			}
		}
	}
	return out
}

// envReaders are the calls that read one environment variable by name.
var envReaders = map[string]bool{
	"os.getenv": true, "os.environ.get": true, "os.environ.setdefault": true, "os.environ.pop": true,
	"os.getenvb": true,
	// python-decouple reads the environment, then .env / settings.ini: config("X", default=...).
	"decouple.config": true,
}

// envWrite reports an environment access that sets or removes the variable rather than reading
// it: os.environ["X"] = ..., del os.environ["X"], and as statements os.environ.setdefault("X",
// v) and os.environ.pop("X", None).
func (f *file) envWrite(n *syntax.Node) bool {
	p := n.Parent()
	if p == nil {
		return false
	}
	switch n.Kind {
	case "call":
		q := f.qualified(n.ChildByField("function"))
		return (q == "os.environ.setdefault" || q == "os.environ.pop") && p.Kind == "expression_statement"
	case "subscript":
		if f.qualified(n.ChildByField("value")) != "os.environ" {
			return false
		}
		if p.Kind == "expression_list" {
			p = p.Parent() // del os.environ["X"], os.environ["Y"]
		}
		return p != nil && (n.Field == "left" && (p.Kind == "assignment" || p.Kind == "augmented_assignment") || p.Kind == "delete_statement")
	}
	return false
}

// envRead recognises os.getenv("X"), os.environ.get("X"), os.environ["X"] (also through
// "from os import environ, getenv") and returns the variable name and the name's node.
func (f *file) envRead(n *syntax.Node) (string, *syntax.Node, bool) {
	switch n.Kind {
	case "call":
		q := f.qualified(n.ChildByField("function"))
		if !envReaders[q] {
			return "", nil, false
		}
		args := codeChildren(n.ChildByField("arguments"))
		if len(args) == 0 {
			return "", nil, false
		}
		name, ok := stringValue(args[0])
		return name, args[0], ok
	case "subscript":
		if f.qualified(n.ChildByField("value")) != "os.environ" {
			return "", nil, false
		}
		idx := n.ChildByField("subscript")
		name, ok := stringValue(idx)
		return name, idx, ok
	}
	return "", nil, false
}

// literalContext names the place a string literal is used for: the parameter, dictionary key,
// assigned name or header it belongs to, AzureKeyCredential, or an env read's default value.
func (f *file) literalContext(s *syntax.Node) string {
	n := s
	if p := n.Parent(); p != nil && p.Kind == "concatenated_string" {
		n = p
	}
	p := n.Parent()
	if p == nil {
		return ""
	}
	switch p.Kind {
	case "keyword_argument":
		// config("AZURE_OPENAI_KEY", default="…"): the default is the variable's value.
		if p.ChildByField("name").Text() == "default" {
			if list := p.Parent(); list != nil && list.Kind == "argument_list" && list.Parent() != nil {
				if name, _, ok := f.envRead(list.Parent()); ok {
					return name
				}
			}
		}
		return p.ChildByField("name").Text()
	case "pair":
		if p.ChildByField("value") == n {
			key, _ := stringValue(p.ChildByField("key"))
			return key
		}
	case "assignment":
		if p.ChildByField("right") == n {
			return targetName(p.ChildByField("left"))
		}
	case "argument_list":
		call := p.Parent()
		if call == nil {
			return ""
		}
		fn := shortName(f.qualified(call.ChildByField("function")))
		args := codeChildren(p)
		switch {
		case fn == "AzureKeyCredential":
			return fn
		case headerSetters[fn] && len(args) == 2 && args[1] == n:
			h, _ := stringValue(args[0])
			return h
		}
		if name, _, ok := f.envRead(call); ok && len(args) == 2 && args[1] == n {
			return name
		}
	}
	return ""
}

// targetName is the name an assignment writes: x, obj.api_key, headers["api-key"].
func targetName(left *syntax.Node) string {
	switch left.Kind {
	case "identifier":
		return left.Text()
	case "attribute":
		return left.ChildByField("attribute").Text()
	case "subscript":
		s, _ := stringValue(left.ChildByField("subscript"))
		return s
	}
	return ""
}

// qualified resolves a callee or attribute chain through the imports: with
// "from openai import AzureOpenAI as AOAI", AOAI gives openai.AzureOpenAI.
// chainQualified names a method called on a call's result, a builder chain
// (OpenAICompletion().setSubscriptionKey(key).setDeploymentName(d)), by the chain's first
// callee: synapse.ml.services.OpenAICompletion.setSubscriptionKey. "" for anything else.
func (f *file) chainQualified(fn *syntax.Node) string {
	if fn == nil || fn.Kind != "attribute" {
		return ""
	}
	attr, obj := fn.ChildByField("attribute"), fn.ChildByField("object")
	for obj != nil && obj.Kind == "parenthesized_expression" {
		inner := codeChildren(obj)
		if len(inner) != 1 {
			return ""
		}
		obj = inner[0]
	}
	if attr == nil || obj == nil || obj.Kind != "call" {
		return ""
	}
	root := f.qualified(obj.ChildByField("function"))
	if root == "" {
		root = f.chainQualified(obj.ChildByField("function"))
	}
	if root == "" {
		return ""
	}
	return root + "." + attr.Text()
}

func (f *file) qualified(n *syntax.Node) string {
	if n == nil {
		return ""
	}
	switch n.Kind {
	case "identifier":
		if q, ok := f.imports[n.Text()]; ok {
			return q
		}
		return n.Text()
	case "attribute":
		obj := f.qualified(n.ChildByField("object"))
		attr := n.ChildByField("attribute")
		if obj == "" || attr == nil {
			return ""
		}
		return obj + "." + attr.Text()
	case "parenthesized_expression":
		if inner := codeChildren(n); len(inner) == 1 {
			return f.qualified(inner[0])
		}
	case "conditional_expression":
		// (AsyncAzureOpenAI if is_async else AzureOpenAI)(api_key=key): the call builds
		// whichever branch runs; an Azure one decides. The sync name is preferred: its
		// keyless argument (a sync token provider) also suits the async client.
		if b := codeChildren(n); len(b) == 3 {
			return f.pickBranch(f.qualified(b[0]), f.qualified(b[2]))
		}
	}
	return ""
}

// pickBranch chooses between the callees of a conditional expression: an Azure client
// (not Async-prefixed first), then an Azure one, then the first.
func (f *file) pickBranch(a, b string) string {
	azure := func(q string) bool {
		return q != "" && (azurectx.IsAzureModule(q) || coderules.IsAzureClientName(shortName(q)))
	}
	for _, q := range []string{a, b} {
		if azure(q) && !strings.HasPrefix(shortName(q), "Async") {
			return q
		}
	}
	for _, q := range []string{a, b} {
		if azure(q) {
			return q
		}
	}
	return a
}

// codeChildren are a node's named children without comments.
func codeChildren(n *syntax.Node) []*syntax.Node {
	var out []*syntax.Node
	for _, c := range n.NamedChildren() {
		if c.Kind != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// shortName is the last segment of a qualified name.
func shortName(q string) string {
	if i := strings.LastIndexByte(q, '.'); i >= 0 {
		return q[i+1:]
	}
	return q
}

// stringValue returns the contents of a plain string literal (or implicitly concatenated ones)
// without interpolation; ok is false for anything else.
func stringValue(n *syntax.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	switch n.Kind {
	case "string":
		var b strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.Kind {
			case "string_content", "escape_sequence":
				b.Write(c.Bytes())
			case "interpolation":
				return "", false
			}
		}
		return b.String(), true
	case "concatenated_string":
		var b strings.Builder
		for _, part := range n.NamedChildren() {
			s, ok := stringValue(part)
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
		return b.String(), true
	}
	return "", false
}

// stringContentSpan is the span of a string literal's contents, without quotes and prefix.
func stringContentSpan(n *syntax.Node) keylint.Span {
	start, end := n.Start, n.End
	if s := n.ChildOfKind("string_start"); s != nil {
		start = s.End
	}
	if e := n.ChildOfKind("string_end"); e != nil {
		end = e.Start
	}
	return keylint.Span{Start: start, End: end}
}

// The coderules.Syntax methods.

// StringValue implements coderules.Syntax.
func (f *file) StringValue(n *syntax.Node) (string, bool) { return stringValue(n) }

// IsNull implements coderules.Syntax.
func (f *file) IsNull(n *syntax.Node) bool { return n.Kind == "none" }

// IsCallable implements coderules.Syntax.
func (f *file) IsCallable(n *syntax.Node) bool { return n.Kind == "lambda" }

// CallName implements coderules.Syntax.
func (f *file) CallName(n *syntax.Node) string {
	if n.Kind != "call" {
		return ""
	}
	return shortName(f.qualified(n.ChildByField("function")))
}

// IsVariable implements coderules.Syntax: identifiers (not the member name in a.b) and
// attribute chains.
func (f *file) IsVariable(n *syntax.Node) bool {
	switch n.Kind {
	case "identifier":
		return n.Field != "attribute"
	case "attribute":
		return true
	}
	return false
}

// LocalScope implements coderules.LocalScoper: a name assigned in a function is that
// function's own (Python's rule), unless the function declares it global or nonlocal.
func (f *file) LocalScope(name string, at *syntax.Node) *syntax.Node {
	fn := at.Ancestor("function_definition")
	if fn == nil {
		return nil
	}
	body := fn.Descendants()
	for i := range body {
		d := &body[i]
		if d.Kind != "global_statement" && d.Kind != "nonlocal_statement" {
			continue
		}
		for _, id := range d.NamedChildren() {
			if id.Text() == name {
				return nil
			}
		}
	}
	for _, v := range f.facts.Assigns[name] {
		if v.Ancestor("function_definition") == fn {
			return fn
		}
	}
	if params := fn.ChildByField("parameters"); params != nil {
		// def __init__(self, api_key): the parameter, not a class attribute api_key = None.
		for _, p := range params.NamedChildren() {
			id := p
			if p.Kind != "identifier" {
				id = p.ChildByField("name")
				if id == nil && len(p.NamedChildren()) > 0 {
					id = p.NamedChildren()[0]
				}
			}
			if id != nil && id.Kind == "identifier" && id.Text() == name {
				return fn
			}
		}
	}
	return nil
}

// AttributeUses implements coderules.AttributeKeyer: read assigned to an attribute of the
// object (self.key = read in a method), and every self.key (or cls.key) of that class. Not when anything else could use the attribute: an access
// outside the class or through another object, a second assignment, the bare name in the
// class body, or its name as a string (getattr). Other modules could still read the attribute
// of an instance; a key attribute is rarely part of a class's interface.
func (f *file) AttributeUses(read *syntax.Node) (*syntax.Node, []*syntax.Node, bool) {
	asg := read.Parent()
	if asg == nil || asg.Kind != "assignment" || asg.ChildByField("right") != read || asg.Parent() == nil || asg.Parent().Kind != "expression_statement" {
		return nil, nil, false
	}
	stmt, left := asg.Parent(), asg.ChildByField("left")
	class := stmt.Ancestor("class_definition")
	if class == nil || left == nil {
		return nil, nil, false
	}
	var name string
	switch fn := stmt.Ancestor("function_definition"); {
	case left.Kind == "attribute" && fn != nil && fn.Ancestor("class_definition") == class && fn.Ancestor("function_definition") == nil:
		obj, attr := left.ChildByField("object"), left.ChildByField("attribute")
		if obj == nil || attr == nil || obj.Text() != "self" {
			return nil, nil, false
		}
		name = attr.Text()
	default:
		return nil, nil, false
	}
	var uses []*syntax.Node
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		switch {
		case n.Kind == "attribute" && n.ChildByField("attribute") != nil && n.ChildByField("attribute").Text() == name:
			if n == left {
				continue
			}
			obj := n.ChildByField("object")
			if !within(n, class) || obj == nil || obj.Text() != "self" && obj.Text() != "cls" {
				return nil, nil, false
			}
			if p := n.Parent(); p != nil && (p.Kind == "assignment" || p.Kind == "augmented_assignment") && p.ChildByField("left") == n {
				return nil, nil, false
			}
			uses = append(uses, n)
		case n.Kind == "identifier" && n.Text() == name && n != left && within(n, class):
			// The bare name in the class body is the class variable; in a method it is that
			// method's own (a class body does not enclose its methods).
			if p := n.Parent(); (p == nil || p.Kind != "attribute" || n.Field != "attribute") && !inMethodOf(n, class) {
				return nil, nil, false
			}
		case n.Kind == "string":
			if s, ok := stringValue(n); ok && s == name {
				return nil, nil, false
			}
		}
	}
	return stmt, uses, true
}

// inMethodOf reports a node inside a function defined in class (at any depth below it).
func inMethodOf(n, class *syntax.Node) bool {
	fn := n.Ancestor("function_definition")
	return fn != nil && within(fn, class)
}

func within(n, outer *syntax.Node) bool {
	return n.Start >= outer.Start && n.End <= outer.End
}
