package python

import (
	"strconv"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// The keyless rewrites for Python (RULES.md "Fixes"): the key argument becomes a bearer-token
// provider from azure-identity, which every Azure OpenAI client of openai>=1, langchain-openai,
// llama-index, semantic-kernel and autogen-ext accepts.

// keyless is how one client takes Entra ID instead of a key: the argument, and its value
// with the imports the value needs.
type keyless struct {
	param string
	value func(f *file, use int, c *coderules.Call) (string, []keylint.Edit, bool)
}

// Values of keyless arguments.
var (
	// get_bearer_token_provider(DefaultAzureCredential(), scope): openai, langchain-openai,
	// llama-index, semantic-kernel.
	tokenProvider = func(f *file, use int, c *coderules.Call) (string, []keylint.Edit, bool) {
		return f.provider(use, async(c))
	}
	// DefaultAzureCredential(): Microsoft Agent Framework's credential (a sync or async
	// TokenCredential).
	credential = func(f *file, use int, c *coderules.Call) (string, []keylint.Edit, bool) {
		names, imports, ok := f.ensureImports(use, "azure.identity", "DefaultAzureCredential")
		if !ok {
			return "", nil, false
		}
		return names[0] + "()", imports, true
	}
	// AzureTokenProvider(DefaultAzureCredential(), scope): autogen's serializable component,
	// so that the client's config can be dumped and loaded (a plain function cannot).
	autogenProvider = func(f *file, use int, c *coderules.Call) (string, []keylint.Edit, bool) {
		cred, imports, ok := f.ensureImports(use, "azure.identity", "DefaultAzureCredential")
		if !ok {
			return "", nil, false
		}
		prov, more, ok := f.ensureImports(use, "autogen_ext.auth.azure", "AzureTokenProvider")
		if !ok {
			return "", nil, false
		}
		return prov[0] + "(" + cred[0] + "(), " + strconv.Quote(f.pass.Opts.Scope) + ")", mergeInsertions(imports, more), true
	}
	// "meid_token": promptflow's connections authenticate with Microsoft Entra ID.
	entraAuthMode = func(*file, int, *coderules.Call) (string, []keylint.Edit, bool) {
		return strconv.Quote("meid_token"), nil, true
	}
)

// mergeInsertions joins two sets of import edits, making one edit of two new import lines
// that would go at the same place.
func mergeInsertions(a, b []keylint.Edit) []keylint.Edit {
	out := append([]keylint.Edit(nil), a...)
	for _, e := range b {
		merged := false
		for i, o := range out {
			if o.Start == o.End && e.Start == e.End && o.Start == e.Start {
				out[i].New += e.New
				merged = true
			}
		}
		if !merged {
			out = append(out, e)
		}
	}
	return out
}

// keylessArg is the keyless argument of a client, by the package its class comes from; nil for
// clients keylint knows no keyless twin of.
func (f *file) keylessArg(c *coderules.Call) *keyless {
	q := f.qualified(c.Node.ChildByField("function"))
	switch {
	case strings.HasPrefix(q, "semantic_kernel"):
		// Its *Settings classes (AzureAIAgentSettings) hold settings, no token provider.
		if strings.HasPrefix(c.Name, "Azure") && !strings.HasSuffix(c.Name, "Settings") && c.Name != "AzureAIInferenceChatCompletion" && c.Name != "AzureAIInferenceTextEmbedding" {
			return &keyless{"ad_token_provider", tokenProvider}
		}
		return nil
	case strings.HasPrefix(q, "agent_framework"):
		if strings.Contains(c.Name, "OpenAI") {
			return &keyless{"credential", credential}
		}
		return nil
	case strings.HasPrefix(q, "autogen_ext") && c.Name == "AzureOpenAIChatCompletionClient":
		return &keyless{"azure_ad_token_provider", autogenProvider}
	case strings.HasPrefix(q, "promptflow") && c.Name == "AzureOpenAIConnection":
		return &keyless{"auth_mode", entraAuthMode}
	case !coderules.IsAzureClientName(c.Name):
		// The v1 API: OpenAI(base_url=".../openai/v1/", api_key=provider); openai>=1.106
		// and langchain-openai take a callable api_key.
		if c.Name == "OpenAI" || c.Name == "AsyncOpenAI" || c.Name == "ChatOpenAI" || c.Name == "OpenAIEmbeddings" {
			return &keyless{"api_key", tokenProvider}
		}
	case azureProviderClients[c.Name]:
		return &keyless{"azure_ad_token_provider", tokenProvider}
	}
	return nil
}

// azureProviderClients take azure_ad_token_provider: openai (AzureOpenAI, AsyncAzureOpenAI,
// also llama-index's LLM of that name), langchain-openai, llama-index embeddings and
// multi-modal, autogen-ext.
var azureProviderClients = map[string]bool{
	"AzureOpenAI": true, "AsyncAzureOpenAI": true, "AzureChatOpenAI": true, "AzureOpenAIEmbeddings": true,
	"AzureOpenAIEmbedding": true, "AzureOpenAIMultiModal": true, "AzureOpenAIChatCompletionClient": true,
}

// searchIdentityParams are Azure AI Search's descriptions of how the search service reaches
// Azure OpenAI (vectorizers, embedding skills): without an api_key the service uses its own
// managed identity, so the keyless rewrite drops the key.
var searchIdentityParams = map[string]bool{
	"AzureOpenAIVectorizerParameters": true, "AzureOpenAIEmbeddingSkill": true, "AzureOpenAIParameters": true,
}

// async reports a client whose credential must come from azure.identity.aio.
func async(c *coderules.Call) bool { return strings.HasPrefix(c.Name, "Async") }

// KeyArg implements coderules.Rewriter: api_key=KEY becomes azure_ad_token_provider=provider
// (ad_token_provider for semantic-kernel, api_key=provider for the v1 OpenAI client), whether
// the key is a keyword argument or an entry of a dict spread into the call.
func (f *file) KeyArg(c *coderules.Call, a coderules.Arg) ([]keylint.Edit, string) {
	switch coderules.Norm(a.Name) {
	case "apikey", "openaiapikey", "azureopenaiapikey":
	case "azuresearchkey":
		return f.searchVectorStoreKey(c, a)
	default:
		return nil, "" // a key of another kind (search, speech): no token-provider twin
	}
	if searchIdentityParams[c.Name] && a.Site.Kind == "keyword_argument" {
		return []keylint.Edit{coderules.DeleteListItem(f.pass.Src, a.Site)},
			"Remove the key: AI Search then calls Azure OpenAI as its managed identity (grant it Cognitive Services OpenAI User)"
	}
	kl := f.keylessArg(c)
	if kl == nil {
		return nil, ""
	}
	param := kl.param
	if param != "api_key" && f.hasTokenArg(c, param) {
		if a.Site.Kind != "keyword_argument" {
			return nil, ""
		}
		return []keylint.Edit{coderules.DeleteListItem(f.pass.Src, a.Site)}, "Remove the API key: the client already has an Entra ID credential"
	}
	provider, imports, ok := kl.value(f, c.Node.Start, c)
	if !ok {
		return nil, ""
	}
	var edits []keylint.Edit
	switch a.Site.Kind {
	case "keyword_argument":
		value := provider
		if strings.HasPrefix(f.qualified(c.Node.ChildByField("function")), "llama_index") && param == "azure_ad_token_provider" {
			value += ", use_azure_ad=True"
		}
		edits = append(edits, replace(a.Site, param+"="+value))
	case "assignment": // client_args["api_key"] = KEY feeding **client_args
		sub := a.Site.ChildByField("left").ChildByField("subscript")
		edits = append(edits, replace(sub, requote(sub, param)), replace(a.Site.ChildByField("right"), provider))
	case "pair": // {"api_key": KEY} feeding **client_args
		key := a.Site.ChildByField("key")
		edits = append(edits, replace(key, requote(key, param)), replace(a.Site.ChildByField("value"), provider))
	default:
		return nil, ""
	}
	msg := "Use " + param + " with DefaultAzureCredential"
	switch param {
	case "api_key":
		msg = "Pass a DefaultAzureCredential token provider as api_key"
	case "auth_mode":
		msg = "Use auth_mode=\"meid_token\" (Microsoft Entra ID) instead of the key"
	}
	return append(edits, imports...), msg
}

// searchVectorStoreKey is the keyless form of LangChain's AzureSearch vector store: given
// azure_search_key=None it builds its search clients with DefaultAzureCredential (the
// parameter is required, so it stays, as None).
func (f *file) searchVectorStoreKey(c *coderules.Call, a coderules.Arg) ([]keylint.Edit, string) {
	if c.Name != "AzureSearch" || !strings.HasPrefix(f.qualified(c.Node.ChildByField("function")), "langchain") || a.Site.Kind != "keyword_argument" {
		return nil, ""
	}
	for _, o := range c.Args {
		switch coderules.Norm(o.Name) {
		case "azureadaccesstoken", "credential", "asynccredential":
			return nil, "" // another credential beside the key: the key is what selects it
		}
	}
	return []keylint.Edit{replace(a.Value, "None")},
		"Pass azure_search_key=None: AzureSearch then authenticates with DefaultAzureCredential (grant it Search Index Data Contributor, and Search Service Contributor if it creates the index)"
}

// hasTokenArg reports a call that already passes a token, token provider or the keyless
// argument param.
func (f *file) hasTokenArg(c *coderules.Call, param string) bool {
	for _, a := range c.Args {
		switch n := coderules.Norm(a.Name); n {
		case "azureadtokenprovider", "azureadtoken", "adtokenprovider", "adtoken", "azureadasynctokenprovider":
			return true
		default:
			if n == coderules.Norm(param) {
				return true
			}
		}
	}
	return false
}

// KeyCredential implements coderules.Rewriter: AzureKeyCredential(KEY) becomes
// DefaultAzureCredential(), from azure.identity.aio when the file uses an async (.aio) client.
func (f *file) KeyCredential(c *coderules.Call) ([]keylint.Edit, string) {
	if c.Name != "AzureKeyCredential" {
		return nil, ""
	}
	names, imports, ok := f.ensureImports(c.Node.Start, f.identityModule(f.usesAio()), "DefaultAzureCredential")
	if !ok {
		return nil, ""
	}
	// "AzureKeyCredential(k) if k else DefaultAzureCredential()" keeps its keyless branch.
	if p := c.Node.Parent(); p != nil && p.Kind == "conditional_expression" {
		for _, other := range p.NamedChildren() {
			if other != c.Node && strings.HasSuffix(f.CallName(other), "Credential") && !strings.Contains(f.CallName(other), "Key") {
				return []keylint.Edit{replace(p, other.Text())}, "Keep the keyless branch: drop the key credential"
			}
		}
	}
	edits := []keylint.Edit{replace(c.Node, names[0]+"()")}
	if scopes, ok := f.inferenceScopes(c); !ok {
		return nil, ""
	} else if scopes != nil {
		edits = append(edits, *scopes)
	}
	if drop, ok := f.unusedImport(c.Node.ChildByField("function")); ok {
		imports = dropImport(drop, imports, strings.HasSuffix(f.pass.Path, ".ipynb"))
	}
	return append(edits, imports...), "Use DefaultAzureCredential instead of the key"
}

// inferenceScopes returns the credential_scopes argument an Azure AI Inference client needs
// with a TokenCredential: azure-ai-inference asks for https://ml.azure.com tokens unless told
// otherwise, and Azure OpenAI and Foundry model endpoints take Cognitive Services ones. ok is
// false when the credential goes to such a client through a variable (keylint would have to
// find and change that call too).
func (f *file) inferenceScopes(c *coderules.Call) (*keylint.Edit, bool) {
	p := c.Node.Parent()
	if p != nil && p.Kind == "keyword_argument" {
		p = p.Parent()
	}
	if p == nil || p.Kind != "argument_list" || p.Parent() == nil || p.Parent().Kind != "call" {
		for _, q := range f.imports {
			if strings.HasPrefix(q, "azure.ai.inference") {
				return nil, false
			}
		}
		return nil, true
	}
	if !strings.HasPrefix(f.qualified(p.Parent().ChildByField("function")), "azure.ai.inference") {
		return nil, true
	}
	for _, a := range p.NamedChildren() {
		if a.Kind == "keyword_argument" && a.ChildByField("name").Text() == "credential_scopes" {
			return nil, true
		}
	}
	e, ok := coderules.AppendListItem(f.pass.Src, p, "credential_scopes=["+strconv.Quote(f.pass.Opts.Scope)+"]")
	if !ok {
		return nil, false
	}
	return &e, true
}

// dropImport adds the removal of an import line to the import edits. When the new import was
// to go at the end of that very line, the line becomes the new import instead: the line goes
// with the newline before it and the insertion stays as it is, so that another fix inserting
// the same import (a header's) is the same edit, applied once. Not in a notebook, whose
// newline before the line may end another cell.
func dropImport(drop keylint.Edit, imports []keylint.Edit, notebook bool) []keylint.Edit {
	for i, e := range imports {
		if e.Start == e.End && drop.Start < e.Start && e.Start < drop.End && strings.HasPrefix(e.New, "\n") {
			if drop.Start == 0 || notebook {
				imports[i] = keylint.Edit{Start: drop.Start, End: e.Start, New: strings.TrimPrefix(e.New, "\n")}
				return imports
			}
			return append(imports, keylint.Edit{Start: drop.Start - 1, End: e.Start})
		}
	}
	if coderules.Overlaps(drop, imports) {
		return imports
	}
	return append(imports, drop)
}

// unusedImport returns the edit that removes the import of callee's name when the call being
// rewritten is its only use: "from azure.core.credentials import AzureKeyCredential" goes.
func (f *file) unusedImport(callee *syntax.Node) (keylint.Edit, bool) {
	if callee == nil || callee.Kind != "identifier" {
		return keylint.Edit{}, false
	}
	name := callee.Text()
	uses := 0
	for i := range f.pass.Tree.Nodes {
		if n := &f.pass.Tree.Nodes[i]; n.Kind == "identifier" && n.Text() == name {
			uses++
		}
	}
	if uses != 2 {
		return keylint.Edit{}, false
	}
	for _, st := range f.pass.Tree.TopLevel() {
		if st.Kind != "import_from_statement" {
			continue
		}
		var names []*syntax.Node
		for c := st.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Field == "name" {
				names = append(names, c)
			}
		}
		for _, n := range names {
			if n.Kind != "dotted_name" || n.Text() != name {
				continue
			}
			if len(names) > 1 {
				return coderules.DeleteListItem(f.pass.Src, n), true
			}
			if s, e, ok := coderules.WholeLines(f.pass.Src, st.Start, st.End); ok {
				return keylint.Edit{Start: s, End: e}, true
			}
		}
	}
	return keylint.Edit{}, false
}

// AddCredential implements coderules.Rewriter: a client built with no credential gets the
// token provider as a new last argument.
func (f *file) AddCredential(c *coderules.Call) ([]keylint.Edit, string) {
	kl := f.keylessArg(c)
	if kl == nil || kl.param == "api_key" || kl.param == "auth_mode" {
		return nil, ""
	}
	provider, imports, ok := kl.value(f, c.Node.Start, c)
	if !ok {
		return nil, ""
	}
	args := c.Node.ChildByField("arguments")
	if args == nil || args.Kind != "argument_list" {
		return nil, ""
	}
	edit, ok := coderules.AppendListItem(f.pass.Src, args, kl.param+"="+provider)
	if !ok {
		return nil, ""
	}
	return append([]keylint.Edit{edit}, imports...), "Add " + kl.param + " with DefaultAzureCredential"
}

// provider is the token-provider expression and the imports it needs.
func (f *file) provider(use int, aio bool) (string, []keylint.Edit, bool) {
	names, imports, ok := f.ensureImports(use, f.identityModule(aio), "DefaultAzureCredential", "get_bearer_token_provider")
	if !ok {
		return "", nil, false
	}
	return names[1] + "(" + names[0] + "(), " + strconv.Quote(f.pass.Opts.Scope) + ")", imports, true
}

// twinAlias names the sync or async twin of an azure.identity name imported second into a
// file: AsyncDefaultAzureCredential from azure.identity.aio, SyncDefaultAzureCredential from
// azure.identity.
func twinAlias(module, name string) string {
	prefix := "Sync"
	if strings.HasSuffix(module, ".aio") {
		prefix = "Async"
	}
	if name[0] >= 'a' && name[0] <= 'z' {
		return strings.ToLower(prefix) + "_" + name
	}
	return prefix + name
}

func (f *file) identityModule(aio bool) string {
	if aio {
		return "azure.identity.aio"
	}
	return "azure.identity"
}

// usesAio reports a file that imports async Azure SDK clients (azure.search.documents.aio).
func (f *file) usesAio() bool {
	for _, q := range f.imports {
		if strings.HasPrefix(q, "azure.") && strings.Contains(q, ".aio") && !strings.HasPrefix(q, "azure.identity") {
			return true
		}
	}
	return false
}

// ensureImports returns the local names of module's names and the edit that imports those not
// imported yet, for a use at offset use: merged into an existing "from module import ..." or,
// failing that, a new line after the file's leading imports (after a shebang, encoding line,
// the docstring and __future__ imports when there are none). Only module-level imports that
// come before the use count (in a notebook a later cell's import has not run yet), or any
// module-level one for a use inside a function. ok is false when a name is already bound to
// something else. The answer depends on the use only through those imports, so it is
// remembered per file by how many of them there are.
func (f *file) ensureImports(use int, module string, names ...string) ([]string, []keylint.Edit, bool) {
	lateUse := f.inFunction(use)
	var before []*syntax.Node // the import statements that run before the use
	for _, st := range f.pass.Tree.TopLevel() {
		if (st.Kind == "import_from_statement" || st.Kind == "import_statement") && (st.End <= use || lateUse) {
			before = append(before, st)
		}
	}
	key := module + ":" + strings.Join(names, ",") + ":" + strconv.Itoa(len(before))
	r := f.importMemo.Get(key, func() coderules.ImportEdits {
		n, e, ok := f.computeImports(before, module, names...)
		return coderules.ImportEdits{Names: n, Edits: e, OK: ok}
	})
	return r.Names, r.Edits, r.OK
}

func (f *file) computeImports(before []*syntax.Node, module string, names ...string) ([]string, []keylint.Edit, bool) {
	root := f.pass.Tree.Root()
	avail := map[string]string{}
	for _, st := range before {
		if f.bindings == nil {
			f.bindings = map[*syntax.Node]map[string]string{}
		}
		b, ok := f.bindings[st]
		if !ok {
			b = importBindings(st) // once per statement: a file with imports between its uses asks often
			f.bindings[st] = b
		}
		for l, q := range b {
			avail[l] = q
		}
	}
	local := make([]string, len(names))
	var missing []string
	for i, name := range names {
		want := module + "." + name
		for l, q := range avail {
			if q == want && (local[i] == "" || l == name) {
				local[i] = l
			}
		}
		if local[i] != "" {
			continue
		}
		// The sync and async credentials share names: the second one imported into a file is
		// aliased (DefaultAzureCredential as AsyncDefaultAzureCredential).
		local[i] = name
		if q, taken := f.imports[name]; taken && q != want {
			local[i] = twinAlias(module, name)
			if q, taken := f.imports[local[i]]; taken && q != want {
				return nil, nil, false
			}
			missing = append(missing, name+" as "+local[i])
			continue
		}
		missing = append(missing, name)
	}
	if len(missing) == 0 {
		return local, nil, true
	}
	// Merge into "from module import a, b".
	for _, st := range before {
		if st.Kind != "import_from_statement" || st.ChildByField("module_name").Text() != module {
			continue
		}
		if st.ChildOfKind("wildcard_import") != nil {
			return local, nil, true
		}
		var last *syntax.Node
		for c := st.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Field == "name" {
				last = c
			}
		}
		if last != nil {
			return local, []keylint.Edit{{Start: last.End, End: last.End, New: ", " + strings.Join(missing, ", ")}}, true
		}
	}
	line := "from " + module + " import " + strings.Join(missing, ", ")
	if at := f.importInsertionPoint(root); at > 0 {
		return local, []keylint.Edit{{Start: at, End: at, New: "\n" + line}}, true
	}
	return local, []keylint.Edit{{Start: 0, End: 0, New: line + "\n"}}, true
}

// inFunction reports an offset inside a function or lambda body: code that runs when called,
// after every module-level import.
func (f *file) inFunction(off int) bool {
	for _, st := range f.pass.Tree.TopLevel() {
		if st.Start > off || off >= st.End {
			continue
		}
		desc := st.Descendants()
		if st.Kind == "function_definition" || st.Kind == "decorated_definition" {
			return true
		}
		for i := range desc {
			if n := &desc[i]; (n.Kind == "function_definition" || n.Kind == "lambda") && n.Start < off && off < n.End {
				return true
			}
		}
		return false
	}
	return false
}

// importInsertionPoint is where a new import line goes: at the end of the last import of the
// file's leading block of imports, or of the module docstring and __future__ imports; 0 when
// the file starts with code. (The end of a line, not the start of the next: in a notebook
// that keeps the import in the cell of the imports.)
func (f *file) importInsertionPoint(root *syntax.Node) int {
	at := 0
	code := false // a statement other than a comment seen
	for _, st := range f.pass.Tree.TopLevel() {
		switch {
		case st.Kind == "comment":
			if !code {
				at = st.End // a shebang, encoding line, licence header or blanked %pip magic
			}
			continue
		case !code && st.Kind == "expression_statement" && len(st.NamedChildren()) == 1 && st.NamedChildren()[0].Kind == "string":
			at = st.End // the docstring
			code = true
			continue
		case st.Kind == "import_statement" || st.Kind == "import_from_statement" || st.Kind == "future_import_statement":
			at = st.End
			code = true
			continue
		}
		break
	}
	return at
}

func replace(n *syntax.Node, text string) keylint.Edit {
	return keylint.Edit{Start: n.Start, End: n.End, New: text}
}

// requote writes name as a string literal with the quotes of the literal it replaces.
func requote(lit *syntax.Node, name string) string {
	q := "\""
	if t := lit.Text(); strings.HasPrefix(t, "'") {
		q = "'"
	}
	return q + name + q
}

// EntryOf implements coderules.EntryRewriter: the dict entry {"k": read} whose value is read.
func (f *file) EntryOf(read *syntax.Node) *syntax.Node {
	return coderules.PairEntryOf(read, "parenthesized_expression")
}

// EntryUses implements coderules.EntryRewriter: entry is "k": value in a dict literal assigned
// once to a name (settings = {...}), and the name appears nowhere but as settings["k"] and
// settings["other"]; the uses are the settings["k"].
func (f *file) EntryUses(entry *syntax.Node) ([]*syntax.Node, bool) {
	if entry.Kind != "pair" {
		return nil, false
	}
	k, ok := stringValue(entry.ChildByField("key"))
	obj := entry.Parent()
	if !ok || obj == nil || obj.Kind != "dictionary" {
		return nil, false
	}
	decl := obj.Parent()
	if decl == nil || decl.Kind != "assignment" || decl.ChildByField("right") != obj {
		return nil, false
	}
	name := decl.ChildByField("left")
	if name == nil || name.Kind != "identifier" || len(f.facts.Assigns[name.Text()]) != 1 {
		return nil, false
	}
	var uses []*syntax.Node
	ok = coderules.OtherMentions(f.pass.Tree, name, func(u *syntax.Node) bool {
		m := u.Parent()
		if u.Kind != "identifier" || m == nil || m.Kind != "subscript" || m.ChildByField("value") != u {
			return false // passed whole, iterated, settings.get(k): the entry may be read there
		}
		s, lit := stringValue(m.ChildByField("subscript"))
		if lit && s == k {
			uses = append(uses, m)
		}
		return lit // settings[name]: any entry
	})
	return uses, ok
}
