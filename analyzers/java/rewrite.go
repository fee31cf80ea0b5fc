package java

import (
	"bytes"
	"sort"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// The keyless rewrites for Java (RULES.md "Fixes"): a key credential becomes
// new DefaultAzureCredentialBuilder().build(), which the Azure SDK builders' credential(...)
// and LangChain4j's tokenCredential(...) accept.

const credentialExpr = "new DefaultAzureCredentialBuilder().build()"

// openAIJavaBearerExpr is openai-java's keyless credential for Azure OpenAI.
const openAIJavaBearerExpr = `BearerTokenCredential.create(AuthenticationUtil.getBearerTokenSupplier(new DefaultAzureCredentialBuilder().build(), "https://cognitiveservices.azure.com/.default"))`

// KeyCredential implements coderules.Rewriter: new AzureKeyCredential(key) and
// new KeyCredential(key) become a DefaultAzureCredential where the value goes somewhere that
// takes a TokenCredential: an SDK builder's credential(...), or a variable or field whose
// every use is one. A declared key-credential type becomes TokenCredential. Anywhere else (a
// method's return value, a parameter, a call keylint does not know) the fix would not compile:
// none is offered.
func (f *file) KeyCredential(c *coderules.Call) ([]keylint.Edit, string) {
	if c.Name == "AzureApiKeyCredential.create" {
		// openai-java takes its own Credential: a bearer token supplied by azure-identity,
		// where the value goes straight to a builder's credential(...) (a variable declared
		// AzureApiKeyCredential would not take it).
		if p := c.Node.Parent(); p == nil || p.Kind != "argument_list" || !f.isSinkArgument(c.Node) {
			return nil, ""
		}
		edits := []keylint.Edit{{Start: c.Node.Start, End: c.Node.End, New: openAIJavaBearerExpr}}
		edits = append(edits, f.addImports("com.azure.identity.AuthenticationUtil", "com.azure.identity.DefaultAzureCredentialBuilder", "com.openai.credential.BearerTokenCredential")...)
		return edits, "Use a bearer token from DefaultAzureCredential instead of the key"
	}
	retype, ok := f.credentialTarget(c.Node)
	if !ok {
		return nil, ""
	}
	edits := []keylint.Edit{{Start: c.Node.Start, End: c.Node.End, New: credentialExpr}}
	imports := []string{"com.azure.identity.DefaultAzureCredentialBuilder"}
	if retype != nil {
		edits = append(edits, keylint.Edit{Start: retype.Start, End: retype.End, New: "TokenCredential"})
		imports = append(imports, "com.azure.core.credential.TokenCredential")
	}
	edits = append(edits, f.addImports(imports...)...)
	if drop, ok := f.unusedImport(c.Name, retype != nil); ok && !coderules.Overlaps(drop, edits) {
		edits = append(edits, drop)
	}
	return edits, "Use DefaultAzureCredential instead of the key"
}

// credentialSinks are the builder methods that take a TokenCredential as well as a key
// credential (every Azure SDK client builder's credential(...)).
var credentialSinks = map[string]bool{"credential": true}

// credentialTarget decides whether the credential value n may become a TokenCredential: it is
// passed straight to a credential sink, or it initialises or is assigned to a variable (local
// or field) of this file whose every other use is as a sink's argument. retype is the
// declared type to change, nil when there is none (var, or an argument).
func (f *file) credentialTarget(n *syntax.Node) (retype *syntax.Node, ok bool) {
	p := n.Parent()
	for p != nil && p.Kind == "parenthesized_expression" {
		n, p = p, p.Parent()
	}
	if p == nil {
		return nil, false
	}
	var name string
	switch p.Kind {
	case "argument_list":
		return nil, f.isSinkArgument(n)
	case "variable_declarator":
		if p.ChildByField("value") != n || p.ChildByField("name") == nil {
			return nil, false
		}
		name = p.ChildByField("name").Text()
	case "assignment_expression":
		if p.ChildByField("right") != n {
			return nil, false
		}
		left := p.ChildByField("left")
		switch {
		case left.Kind == "identifier":
			name = left.Text()
		case left.Kind == "field_access" && left.ChildByField("object").Text() == "this":
			name = left.ChildByField("field").Text()
		default:
			return nil, false
		}
	default:
		return nil, false
	}
	decl := f.declaration(name)
	if decl == nil || !f.onlyUsedAsCredential(name, decl) {
		return nil, false
	}
	t := decl.Parent().ChildByField("type")
	if t == nil {
		return nil, false
	}
	if t.Text() == "var" {
		return nil, true
	}
	switch tn, _ := f.typeName(t); tn {
	case "AzureKeyCredential", "KeyCredential":
		return t, true
	case "TokenCredential":
		return nil, true
	}
	return nil, false
}

// isSinkArgument reports n as the only argument of a credential sink.
func (f *file) isSinkArgument(n *syntax.Node) bool {
	args := n.Parent()
	if args == nil || args.Kind != "argument_list" || len(args.NamedChildren()) != 1 {
		return false
	}
	call := args.Parent()
	if call == nil || call.Kind != "method_invocation" {
		return false
	}
	name := call.ChildByField("name")
	return name != nil && credentialSinks[name.Text()] && !inferenceBuilders[f.builderType(call)]
}

// inferenceBuilders are Azure AI Inference's builders: with a TokenCredential they ask for
// tokens of a scope keylint cannot set for them (the SDK's default is not Cognitive
// Services'), so their key credentials get no automatic rewrite.
var inferenceBuilders = map[string]bool{
	"ChatCompletionsClientBuilder": true, "EmbeddingsClientBuilder": true, "ImageEmbeddingsClientBuilder": true,
}

// builderType is the type of the builder a chained call is made on: new XBuilder().a().b().
func (f *file) builderType(call *syntax.Node) string {
	for n := call; n != nil; n = n.ChildByField("object") {
		if n.Kind == "object_creation_expression" {
			name, _ := f.typeName(n.ChildByField("type"))
			return name
		}
		if n.Kind != "method_invocation" {
			return ""
		}
	}
	return ""
}

// declaration finds the one declarator of name in the file (a local or a field); nil when
// there is none, or when the name is declared more than once (another variable, a parameter).
func (f *file) declaration(name string) *syntax.Node {
	var found *syntax.Node
	count := 0
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		switch n.Kind {
		case "variable_declarator":
			if id := n.ChildByField("name"); id != nil && id.Text() == name {
				if p := n.Parent(); p != nil && (p.Kind == "local_variable_declaration" || p.Kind == "field_declaration") {
					found = n
				}
				count++
			}
		case "formal_parameter", "catch_formal_parameter", "resource", "enhanced_for_statement", "lambda_expression":
			if id := n.ChildByField("name"); id != nil && id.Text() == name {
				count++
			}
		}
	}
	if count != 1 {
		return nil
	}
	return found
}

// onlyUsedAsCredential reports a variable whose every use is a credential sink's argument or
// an assignment of a new key credential (each its own finding, rewritten alike).
func (f *file) onlyUsedAsCredential(name string, decl *syntax.Node) bool {
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		if n.Kind != "identifier" || n.Text() != name || n.Parent() == decl {
			continue
		}
		use := n
		p := n.Parent()
		switch {
		case p.Kind == "field_access" && n.Field == "field":
			if p.ChildByField("object").Text() != "this" {
				return false
			}
			use = p
		case p.Kind == "method_invocation" && n.Field == "name", p.Kind == "scoped_identifier", p.Kind == "scoped_type_identifier":
			continue // a method or package of that name: credential(...), com.azure.core.credential
		case p.Kind == "field_access" || p.Kind == "method_invocation":
			return false // a member of the credential: rotating.update(key)
		}
		p = use.Parent()
		switch {
		case p.Kind == "argument_list" && f.isSinkArgument(use):
		case p.Kind == "assignment_expression" && use.Field == "left" && f.isNewKeyCredential(p.ChildByField("right")):
		default:
			return false
		}
	}
	return true
}

func (f *file) isNewKeyCredential(n *syntax.Node) bool {
	if n == nil || n.Kind != "object_creation_expression" {
		return false
	}
	name, _ := f.typeName(n.ChildByField("type"))
	return name == "AzureKeyCredential" || name == "KeyCredential"
}

// unusedImport returns the edit removing the import of the key credential class name when
// the rewrite removes its last uses: the creation, and the declared type if it is changed.
func (f *file) unusedImport(name string, retyped bool) (keylint.Edit, bool) {
	uses := 0
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		if (n.Kind == "type_identifier" || n.Kind == "identifier") && n.Text() == name && n.Ancestor("import_declaration") == nil {
			uses++
		}
	}
	limit := 1
	if retyped {
		limit = 2
	}
	if uses > limit {
		return keylint.Edit{}, false
	}
	for _, n := range f.pass.Tree.Root().NamedChildren() {
		if n.Kind != "import_declaration" {
			continue
		}
		if id := n.ChildOfKind("scoped_identifier"); id != nil && f.imports[name] == id.Text() && strings.HasSuffix(id.Text(), "."+name) {
			if s, e, ok := coderules.WholeLines(f.pass.Src, n.Start, n.End); ok {
				return keylint.Edit{Start: s, End: e}, true
			}
		}
	}
	return keylint.Edit{}, false
}

// KeyArg implements coderules.Rewriter: LangChain4j's Azure OpenAI builders take
// .tokenCredential(credential) where they took .apiKey(key).
func (f *file) KeyArg(c *coderules.Call, a coderules.Arg) ([]keylint.Edit, string) {
	if !strings.HasPrefix(c.Name, "AzureOpenAi") || a.Site.Text() != "apiKey" {
		return nil, ""
	}
	call := a.Site.Parent()
	args := call.ChildByField("arguments")
	if call == nil || args == nil || args.End-args.Start < 2 {
		return nil, ""
	}
	edits := []keylint.Edit{
		{Start: a.Site.Start, End: a.Site.End, New: "tokenCredential"},
		{Start: args.Start + 1, End: args.End - 1, New: credentialExpr},
	}
	return append(edits, f.addImports("com.azure.identity.DefaultAzureCredentialBuilder")...), "Use tokenCredential with DefaultAzureCredential"
}

// AddCredential implements coderules.Rewriter: no Java client falls back to an environment key.
func (f *file) AddCredential(*coderules.Call) ([]keylint.Edit, string) { return nil, "" }

// addImports returns the edit adding the imports the file lacks, after its last import (or
// its package declaration).
func (f *file) addImports(names ...string) []keylint.Edit {
	return f.importMemo.Get(strings.Join(names, ","), func() coderules.ImportEdits {
		return coderules.ImportEdits{Edits: f.computeImports(names...), OK: true}
	}).Edits
}

func (f *file) computeImports(names ...string) []keylint.Edit {
	sort.Strings(names)
	var missing []string
	for _, name := range names {
		simple := name[strings.LastIndexByte(name, '.')+1:]
		pkg := name[:strings.LastIndexByte(name, '.')]
		if f.imports[simple] == name || bytes.Contains(f.pass.Src, []byte("import "+pkg+".*;")) {
			continue
		}
		missing = append(missing, "import "+name+";\n")
	}
	if len(missing) == 0 {
		return nil
	}
	var after *syntax.Node
	for _, n := range f.pass.Tree.TopLevel() {
		if n.Kind == "import_declaration" || n.Kind == "package_declaration" && after == nil {
			after = n
		}
	}
	text := strings.Join(missing, "")
	at := 0
	if after != nil {
		src := f.pass.Src
		nl := bytes.IndexByte(src[after.End:], '\n')
		if nl < 0 {
			return []keylint.Edit{{Start: len(src), End: len(src), New: "\n" + strings.TrimSuffix(text, "\n")}}
		}
		at = after.End + nl + 1
		if after.Kind == "package_declaration" {
			text = "\n" + text
		}
	}
	return []keylint.Edit{{Start: at, End: at, New: text}}
}
