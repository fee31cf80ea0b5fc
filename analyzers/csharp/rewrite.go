package csharp

import (
	"bytes"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// The keyless rewrites for C# (RULES.md "Fixes"): a key credential becomes
// DefaultAzureCredential, which every Azure SDK client (AzureOpenAIClient, SearchClient, ...)
// and Semantic Kernel's AddAzureOpenAI* builders accept as a TokenCredential.

// KeyCredential implements coderules.Rewriter: new AzureKeyCredential(key), and new
// ApiKeyCredential(key) for AzureOpenAIClient, become new DefaultAzureCredential() where the
// value goes somewhere that takes a TokenCredential: an SDK client's constructor, or a local,
// field or property whose every use is one (its declared type follows). Anywhere else (a
// return value, a parameter, a DI registration by type) the fix would not compile or would
// change what the program asks for: none is offered.
func (f *file) KeyCredential(c *coderules.Call) ([]keylint.Edit, string) {
	if c.Node.Kind != "object_creation_expression" && c.Node.Kind != "implicit_object_creation_expression" {
		return nil, ""
	}
	if e, ok := f.keylessAlternative(c.Node); ok {
		return []keylint.Edit{e}, "Keep the keyless branch: the same call with a token credential"
	}
	retype, ok := f.credentialTarget(c.Node, c.Name)
	if !ok || c.Node.Kind == "implicit_object_creation_expression" && retype == nil {
		return nil, "" // target-typed new(key) into an argument: the parameter's type says what it must be
	}
	edits := []keylint.Edit{{Start: c.Node.Start, End: c.Node.End, New: "new DefaultAzureCredential()"}}
	if retype != nil {
		edits = append(edits, keylint.Edit{Start: retype.Start, End: retype.End, New: "DefaultAzureCredential"})
	}
	if imp, ok := f.usingIdentity(c.Node.Start); ok {
		edits = append(edits, imp...)
	}
	return edits, "Use DefaultAzureCredential instead of the key"
}

// keylessConstructorMissing are Azure SDK clients whose TokenCredential constructor does not
// take the same other arguments as their key one (a region becomes a resource id and an
// endpoint; a Maps client id is needed).
var keylessConstructorMissing = map[string]bool{
	"TextTranslationClient": true, "DocumentTranslationClient": true, "SingleDocumentTranslationClient": true,
	// Azure AI Inference: with a TokenCredential they ask for tokens of another scope than
	// Cognitive Services' unless given a bearer-token policy.
	"ChatCompletionsClient": true, "EmbeddingsClient": true, "ImageEmbeddingsClient": true,
}

// tokenCredentialRegistrations are Semantic Kernel's registrations of Azure AI Search that
// take a TokenCredential where they take an AzureKeyCredential (same position, same other
// arguments).
var tokenCredentialRegistrations = map[string]bool{
	"AddAzureAISearchVectorStore": true, "AddAzureAISearchCollection": true,
	"AddAzureAISearchVectorStoreRecordCollection": true,
}

// isSink reports an argument position that takes a TokenCredential as well as a key
// credential: a constructor argument of an Azure SDK client (AzureOpenAIClient, SearchClient,
// DocumentAnalysisClient, ChatCompletionsClient, ...). ApiKeyCredential fits only
// AzureOpenAIClient, whose keyless twin is its TokenCredential constructor.
func (f *file) isSink(arg *syntax.Node, credType string) bool {
	if arg == nil || arg.Kind != "argument" || arg.Parent() == nil {
		return false
	}
	call := arg.Parent().Parent()
	if call != nil && call.Kind == "invocation_expression" {
		return credType == "AzureKeyCredential" && tokenCredentialRegistrations[methodName(call.ChildByField("function"))]
	}
	if call == nil || call.Kind != "object_creation_expression" && call.Kind != "implicit_object_creation_expression" {
		return false
	}
	name, _ := f.creationType(call)
	if name == "" && call.Kind == "implicit_object_creation_expression" {
		name = f.assignedType(call) // client = new(endpoint, credential) into a field declared elsewhere
	}
	if credType == "ApiKeyCredential" {
		return name == "AzureOpenAIClient"
	}
	// OpenAIClient given an AzureKeyCredential is Azure.AI.OpenAI 1.x's: the OpenAI library's
	// takes no AzureKeyCredential.
	return strings.HasSuffix(name, "Client") && !keylessConstructorMissing[name] && !strings.HasPrefix(name, "Maps") && name != "HttpClient"
}

// assignedType is the declared type of the variable, field or property a target-typed new(...)
// is assigned to (x = new(...)), or "".
func (f *file) assignedType(n *syntax.Node) string {
	p := n.Parent()
	if p == nil || p.Kind != "assignment_expression" || p.ChildByField("right") != n {
		return ""
	}
	left := p.ChildByField("left")
	name := left.Text()
	if left.Kind == "member_access_expression" {
		// this._client: the grammar's field for "this" varies by version; the text does not.
		rest, ok := strings.CutPrefix(name, "this.")
		if !ok {
			return ""
		}
		name = rest
	} else if left.Kind != "identifier" {
		return ""
	}
	if _, t := f.declaration(name); t != nil && t.Kind != "implicit_type" {
		name, _ := f.typeName(t)
		return name
	}
	return ""
}

// credentialTarget decides whether the credential value n may become a DefaultAzureCredential:
// it is a sink's argument, or it initialises or is assigned to a variable, field or property
// declared in this file whose every use is a sink's argument (or another such assignment).
// retype is the declared type to change, nil for var or a direct argument.
func (f *file) credentialTarget(n *syntax.Node, credType string) (*syntax.Node, bool) {
	p := n.Parent()
	for p != nil && p.Kind == "parenthesized_expression" {
		n, p = p, p.Parent()
	}
	if p == nil {
		return nil, false
	}
	var name string
	var decl, t *syntax.Node
	switch p.Kind {
	case "argument":
		return nil, f.isSink(p, credType)
	case "variable_declarator":
		if declaratorValue(p) != n || p.ChildByField("name") == nil || p.Parent() == nil || p.Parent().Kind != "variable_declaration" {
			return nil, false
		}
		name = p.ChildByField("name").Text()
		decl, t = p, p.Parent().ChildByField("type")
	case "assignment_expression":
		if p.ChildByField("right") != n {
			return nil, false
		}
		switch left := p.ChildByField("left"); {
		case left.Kind == "identifier":
			name = left.Text()
		case left.Kind == "member_access_expression" && left.ChildByField("expression").Text() == "this":
			name = left.ChildByField("name").Text()
		default:
			return nil, false
		}
	default:
		return nil, false
	}
	if decl == nil {
		decl, t = f.declaration(name)
	}
	if decl == nil || t == nil {
		return nil, false
	}
	if refs, ok := f.references(decl, name); !ok || !f.onlyUsedAsCredential(refs, credType) {
		return nil, false
	}
	if t.Kind == "implicit_type" || t.Text() == "var" {
		return nil, true
	}
	switch tn, _ := f.typeName(t); tn {
	case credType:
		if visibleElsewhere(decl) {
			return nil, false // other files may use it as a key credential
		}
		return t, true
	case "TokenCredential", "DefaultAzureCredential":
		return nil, true
	}
	return nil, false
}

// declaration finds the one declaration of name in the file (a local, field or property) and
// its type node; nil when there is none or the name is declared more than once.
func (f *file) declaration(name string) (decl, typ *syntax.Node) {
	count := 0
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		id := n.ChildByField("name")
		if id == nil || id.Text() != name {
			continue
		}
		switch n.Kind {
		case "variable_declarator":
			count++
			if vd := n.Parent(); vd != nil && vd.Kind == "variable_declaration" {
				decl, typ = n, vd.ChildByField("type")
			}
		case "property_declaration":
			count++
			decl, typ = n, n.ChildByField("type")
		case "parameter", "foreach_statement", "catch_declaration":
			count++
		}
	}
	if count != 1 {
		return nil, nil
	}
	return decl, typ
}

// onlyUsedAsCredential reports a variable whose every use (refs, its references) is a sink's
// argument or the target of an assignment of a new key credential (each its own finding,
// rewritten alike).
func (f *file) onlyUsedAsCredential(refs []*syntax.Node, credType string) bool {
	for _, n := range refs {
		use := n
		p := n.Parent()
		switch {
		case p.Kind == "argument" && n.Field == "name", p.Kind == "qualified_name", p.Kind == "using_directive":
			continue // a named argument or namespace of that name
		case p.Kind == "member_access_expression" && n.Field == "name":
			if p.ChildByField("expression").Text() != "this" {
				continue // another object's member of that name
			}
			use = p
		case p.Kind == "member_access_expression":
			return false // a member of the credential: credential.Update(key)
		}
		p = use.Parent()
		switch {
		case p.Kind == "argument" && f.isSink(p, credType):
		case p.Kind == "assignment_expression" && use.Field == "left" && f.isNewCredential(p.ChildByField("right"), credType):
		default:
			return false
		}
	}
	return true
}

// references returns the identifiers named name that may refer to the variable decl (a
// declarator or property) declares: for a local, those in its block; for a field or
// property, those outside the blocks, methods and lambdas that declare a local or parameter
// of that name, and this.name anywhere. ok is false when the name is declared again where
// the two cannot be told apart: another local in the same block, another field or property.
func (f *file) references(decl *syntax.Node, name string) (refs []*syntax.Node, ok bool) {
	nameNode := decl.ChildByField("name")
	local := decl.Kind == "variable_declarator" && decl.Parent() != nil && decl.Parent().Parent() != nil && decl.Parent().Parent().Kind != "field_declaration"
	var scope *syntax.Node
	if local {
		scope = f.localScope(decl)
	}
	var shadows []*syntax.Node
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		other, otherScope, field := f.declares(n, name)
		if other == nil || n == decl {
			continue
		}
		switch {
		case local && within(n, scope):
			return nil, false
		case local:
		case field || otherScope == nil:
			return nil, false
		default:
			shadows = append(shadows, otherScope)
		}
	}
	for i := range f.pass.Tree.Nodes {
		n := &f.pass.Tree.Nodes[i]
		if n.Kind != "identifier" || n == nameNode || n.End-n.Start != len(name) || n.Text() != name {
			continue
		}
		if local {
			if within(n, scope) {
				refs = append(refs, n)
			}
			continue
		}
		shadowed := false
		for _, s := range shadows {
			shadowed = shadowed || within(n, s)
		}
		if p := n.Parent(); !shadowed || p.Kind == "member_access_expression" && n.Field == "name" && p.ChildByField("expression").Text() == "this" {
			refs = append(refs, n)
		}
	}
	return refs, true
}

// declares reports whether n declares name, with the part of the file where the declaration
// hides a field of that name (nil when it is not known) and whether it is itself a field or
// property.
func (f *file) declares(n *syntax.Node, name string) (id, scope *syntax.Node, field bool) {
	switch n.Kind {
	case "variable_declarator":
		id = n.ChildByField("name")
		if id == nil || id.Text() != name {
			return nil, nil, false
		}
		if vd := n.Parent(); vd != nil && vd.Parent() != nil && vd.Parent().Kind == "field_declaration" {
			return id, nil, true
		}
		return id, f.localScope(n), false
	case "property_declaration":
		if id = n.ChildByField("name"); id != nil && id.Text() == name {
			return id, nil, true
		}
	case "parameter":
		if id = n.ChildByField("name"); id != nil && id.Text() == name {
			return id, n.Ancestor("method_declaration", "constructor_declaration", "lambda_expression", "local_function_statement", "anonymous_method_expression", "operator_declaration", "conversion_operator_declaration", "indexer_declaration", "delegate_declaration"), false
		}
	case "implicit_parameter":
		if n.Text() == name {
			return n, n.Parent(), false
		}
	case "foreach_statement":
		if id = n.ChildByField("left"); id != nil && id.Text() == name {
			return id, n, false
		}
	case "catch_declaration":
		if id = n.ChildByField("name"); id != nil && id.Text() == name {
			return id, n.Parent(), false
		}
	}
	return nil, nil, false
}

// localScope is the block a local is declared in (the file, for top-level statements).
func (f *file) localScope(n *syntax.Node) *syntax.Node {
	if s := n.Ancestor("block", "switch_section", "for_statement", "using_statement"); s != nil {
		return s
	}
	return f.pass.Tree.Root()
}

// visibleElsewhere reports a field or property that code in other files may use: not private,
// or a member of a partial type.
func visibleElsewhere(decl *syntax.Node) bool {
	member := decl
	if decl.Kind == "variable_declarator" {
		if member = decl.Parent().Parent(); member == nil || member.Kind != "field_declaration" {
			return false
		}
	}
	for _, c := range member.NamedChildren() {
		if c.Kind == "modifier" && (c.Text() == "public" || c.Text() == "protected" || c.Text() == "internal") {
			return true
		}
	}
	for t := member.Parent(); t != nil; t = t.Parent() {
		if strings.HasSuffix(t.Kind, "_declaration") {
			for _, c := range t.NamedChildren() {
				if c.Kind == "modifier" && c.Text() == "partial" {
					return true
				}
			}
		}
	}
	return false
}

func within(n, outer *syntax.Node) bool { return outer.Start <= n.Start && n.End <= outer.End }

func (f *file) isNewCredential(n *syntax.Node, credType string) bool {
	if n == nil || n.Kind != "object_creation_expression" {
		return false
	}
	name, _ := f.typeName(n.ChildByField("type"))
	return name == credType
}

// tokenOverloads are the Semantic Kernel registrations and services whose string apiKey has a
// TokenCredential twin at the same position, with that parameter's name ("" where the name
// differs between the IKernelBuilder and IServiceCollection overloads: only a positional
// argument is rewritten then). Azure AI Inference's are left out: its TokenCredential
// overloads ask for tokens of the Azure ML scope, which Azure OpenAI does not take.
var tokenOverloads = map[string]string{
	"AddAzureOpenAIChatCompletion": "credentials", "AddAzureOpenAIChatClient": "credentials",
	"AddAzureOpenAIAudioToText": "credentials", "AddAzureOpenAITextToImage": "credentials",
	"AddAzureOpenAITextEmbeddingGeneration": "credential", "AddAzureOpenAITextToAudio": "credential",
	"AddAzureOpenAIEmbeddingGenerator": "",
	"AzureOpenAIChatCompletionService": "credentials", "AzureOpenAIAudioToTextService": "credentials",
	"AzureOpenAITextEmbeddingGenerationService": "credential", "AzureOpenAITextToAudioService": "credential",
	"AzureOpenAITextToImageService": "credential",
}

// KeyArg implements coderules.Rewriter: the apiKey argument of Semantic Kernel's Azure
// OpenAI registrations and services becomes a DefaultAzureCredential, which their
// TokenCredential overloads take in the same place.
func (f *file) KeyArg(c *coderules.Call, a coderules.Arg) ([]keylint.Edit, string) {
	if tokenCredentialRegistrations[c.Name] && a.Value != nil && a.Value.Kind == "object_creation_expression" {
		// The key credential's own rewrite (KL101 at the same place): the same edits.
		if name, _ := f.typeName(a.Value.ChildByField("type")); name == "AzureKeyCredential" {
			return f.KeyCredential(&coderules.Call{Node: a.Value, Name: name})
		}
	}
	param, known := tokenOverloads[c.Name]
	if !known || coderules.Norm(a.Name) != "apikey" || a.Site.Kind != "argument" {
		return nil, ""
	}
	text := "new DefaultAzureCredential()"
	if id := a.Site.ChildByField("name"); id != nil {
		switch {
		case param != "":
			text = param + ": " + text
		case !positionalAt(a.Site, 2):
			return nil, ""
		}
	}
	edits := []keylint.Edit{{Start: a.Site.Start, End: a.Site.End, New: text}}
	if imp, ok := f.usingIdentity(a.Site.Start); ok {
		edits = append(edits, imp...)
	}
	return edits, "Use a DefaultAzureCredential instead of the key"
}

// positionalAt reports a named argument that may become positional: it is at index i, every
// argument before it is positional and every one after it named.
func positionalAt(arg *syntax.Node, i int) bool {
	args := arg.Parent().NamedChildren()
	for k, other := range args {
		named := other.ChildByField("name") != nil
		switch {
		case k < i && named, k > i && !named:
			return false
		case k == i && other != arg:
			return false
		}
	}
	return len(args) > i
}

// AddCredential implements coderules.Rewriter. new AzureOpenAIClient() reads its endpoint and
// key from the environment; the keyless constructor needs the endpoint, which keylint cannot
// know: no automatic rewrite.
func (f *file) AddCredential(*coderules.Call) ([]keylint.Edit, string) { return nil, "" }

// usingIdentity returns the edits making DefaultAzureCredential available to code at offset
// use: "using Azure.Identity;" after the file's last using directive, or nothing when it is
// there. In a polyglot notebook the cells are one C# script run in order, so the directive
// goes into the first cell (a later cell's using does not reach earlier ones), after its
// kernel magic and #r lines and its usings, with the package reference
// #r "nuget: Azure.Identity" before it unless the notebook has one. (Elsewhere the answer is
// the same for every use: it is computed once per file.)
func (f *file) usingIdentity(use int) ([]keylint.Edit, bool) {
	if strings.HasSuffix(strings.ToLower(f.pass.Path), ".ipynb") {
		return f.notebookUsingIdentity(use), true
	}
	r := f.importMemo.Get("Azure.Identity", func() coderules.ImportEdits {
		e, ok := f.computeUsingIdentity()
		return coderules.ImportEdits{Edits: e, OK: ok}
	})
	return r.Edits, r.OK
}

func (f *file) computeUsingIdentity() ([]keylint.Edit, bool) {
	var last *syntax.Node
	desc := f.pass.Tree.Root().Descendants()
	for i := range desc {
		n := &desc[i]
		if n.Kind != "using_directive" {
			continue
		}
		if isIdentityUsing(n) {
			return nil, true
		}
		if p := n.Parent(); p != nil && (p.Kind == "compilation_unit" || strings.HasSuffix(p.Kind, "namespace_declaration") || p.Kind == "declaration_list") {
			last = n
		}
	}
	src := f.pass.Src
	at := 0
	if last != nil {
		nl := bytes.IndexByte(src[last.End:], '\n')
		if nl < 0 {
			return []keylint.Edit{{Start: len(src), End: len(src), New: "\nusing Azure.Identity;"}}, true
		}
		at = last.End + nl + 1
	} else if bytes.HasPrefix(src, []byte("\uFEFF")) {
		at = 3
	}
	return []keylint.Edit{{Start: at, End: at, New: "using Azure.Identity;\n"}}, true
}

func isIdentityUsing(n *syntax.Node) bool {
	t := n.Text()
	return strings.Contains(t, "Azure.Identity") && !strings.Contains(t, "=") && !strings.Contains(t, "static")
}

// notebookUsingIdentity places the directive (and the package reference) in the notebook's
// leading block: the lines from the top that are kernel magics and #r references, using
// directives, comments and blank lines.
func (f *file) notebookUsingIdentity(use int) []keylint.Edit {
	src := f.pass.Src
	hasUsing, hasRef := false, false
	desc := f.pass.Tree.Root().Descendants()
	for i := range desc {
		if n := &desc[i]; n.Kind == "using_directive" && isIdentityUsing(n) && n.End <= use {
			hasUsing = true
		}
	}
	lower := bytes.ToLower(src[:use])
	hasRef = bytes.Contains(lower, []byte("nuget: azure.identity")) || bytes.Contains(lower, []byte("nuget:azure.identity"))
	afterRefs, afterUsings := 0, -1
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		if end < 0 {
			break
		}
		end += at + 1
		line := bytes.TrimSpace(src[at:end])
		switch {
		case blankedDirective(line):
			afterRefs = end
		case bytes.HasPrefix(line, []byte("using ")) && bytes.HasSuffix(line, []byte(";")) && !bytes.Contains(line, []byte("(")):
			afterUsings = end
		case len(line) == 0 || bytes.HasPrefix(line, []byte("//")):
		default:
			at = len(src)
			continue
		}
		at = end
	}
	var edits []keylint.Edit
	ref := ""
	if !hasRef {
		ref = "#r \"nuget: Azure.Identity\"\n"
	}
	switch {
	case hasUsing && ref == "":
	case hasUsing:
		edits = append(edits, keylint.Edit{Start: afterRefs, End: afterRefs, New: ref})
	case afterUsings < 0 || afterUsings <= afterRefs:
		edits = append(edits, keylint.Edit{Start: afterRefs, End: afterRefs, New: ref + "using Azure.Identity;\n"})
	default:
		if ref != "" {
			edits = append(edits, keylint.Edit{Start: afterRefs, End: afterRefs, New: ref})
		}
		edits = append(edits, keylint.Edit{Start: afterUsings, End: afterUsings, New: "using Azure.Identity;\n"})
	}
	return edits
}

// blankedDirective reports a #!kernel magic or #r reference line as the notebook reader
// leaves it: its "#!" or "#r" blanked to "//", so #!csharp reads //csharp and #r "nuget: X"
// reads // "nuget: X".
func blankedDirective(line []byte) bool {
	if !bytes.HasPrefix(line, []byte("//")) || len(line) < 3 {
		return false
	}
	c := line[2]
	return c == '"' || c >= 'a' && c <= 'z' || c == ' ' && len(line) > 3 && line[3] == '"'
}
