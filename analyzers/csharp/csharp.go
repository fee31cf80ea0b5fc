// Package csharp checks C# for key-based authentication to Azure OpenAI and Azure AI services:
// AzureKeyCredential and ApiKeyCredential given to Azure clients, Semantic Kernel builders
// with apiKey, key headers on HttpClient requests, and keys read from the environment or
// IConfiguration. It turns the syntax tree into coderules.Facts.
package csharp

import (
	"bytes"
	"slices"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// Checker implements check.Checker for C#.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.CSharp} }

// Check runs the code rules on one file.
func (Checker) Check(p *check.Pass) {
	if p.Tree == nil || p.Tree.Root() == nil {
		return
	}
	f := &file{pass: p, aliases: map[string]string{}}
	f.facts = &coderules.Facts{Syntax: f, Rewriter: f, HeaderRewriter: f, Assigns: map[string][]*syntax.Node{}, Funcs: map[string]bool{}, LocalTypes: map[string]bool{}}
	f.collect()
	coderules.New(p, f.facts).Run()
}

type file struct {
	pass       *check.Pass
	facts      *coderules.Facts
	aliases    map[string]string // using AOAI = Azure.AI.OpenAI.AzureOpenAIClient;
	speechSDK  bool              // using Microsoft.CognitiveServices.Speech;
	importMemo coderules.ImportMemo
	// usings and namespace are the file's using directives' namespaces and its own namespace,
	// for telling the program's own types from a library's (ownTypes).
	usings    []string
	namespace string
	ownMemo   int // ownTypes: 0 not yet asked, 1 yes, -1 no
	// projectTypes are the types the program's other files declare (projectTypes), loaded
	// the first time a call hands a key-named value to a type this file does not declare.
	projectTypes map[string][]string
	globalUsings []string // the project's global using directives' namespaces
	typesLoaded  bool
}

// loadProject reads the project index (projectTypes) once, recording the directories read.
func (f *file) loadProject() {
	if f.typesLoaded {
		return
	}
	f.typesLoaded = true
	var dirs []string
	f.projectTypes, f.globalUsings, dirs = projectTypes(f.pass.Path)
	f.pass.DependsOn = append(f.pass.DependsOn, dirs...)
}

// useGlobalUsings gives a file that names no Azure namespace itself, but may build a client
// with a key, the project's global using directives (a Usings.cs of global using
// Microsoft.CognitiveServices.Speech; makes SpeechConfig.FromSubscription the Speech SDK's).
func (f *file) useGlobalUsings() {
	if f.facts.Azure && (f.speechSDK || !bytes.Contains(f.pass.Src, []byte("SpeechConfig"))) {
		return
	}
	if !bytes.Contains(f.pass.Src, []byte("Key")) && !bytes.Contains(f.pass.Src, []byte("KEY")) && !bytes.Contains(f.pass.Src, []byte("key")) {
		return
	}
	f.loadProject()
	for _, u := range f.globalUsings {
		if !slices.Contains(f.usings, u) {
			f.usings = append(f.usings, u)
		}
		if azureUsing("using " + u) {
			f.facts.Azure = true
		}
		if strings.HasPrefix(u, "Microsoft.CognitiveServices.Speech") {
			f.facts.Azure, f.speechSDK = true, true
		}
	}
}

// frameworkNamespaces are .NET's own and the web framework's: none of their types takes an
// Azure AI key.
var frameworkNamespaces = []string{"System", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.EntityFrameworkCore", "Microsoft.JSInterop", "Newtonsoft.Json"}

// ownTypes reports a file whose using directives name only .NET's namespaces, Azure's non-AI
// ones and the program's own (those sharing the file's namespace but for its last part:
// AzureTranslator.Services in namespace AzureTranslator.Controllers; or declared by the
// projects and files around it, projectNamespaces): a type it creates and does not declare is
// the program's own, whose body is where a key it is given reaches a client.
func (f *file) ownTypes() bool {
	if f.ownMemo != 0 {
		return f.ownMemo > 0
	}
	own := f.usingsOwn()
	f.ownMemo = -1
	if own {
		f.ownMemo = 1
	}
	return own
}

func (f *file) usingsOwn() bool {
	root := f.namespace
	if i := strings.LastIndexByte(root, '.'); i > 0 {
		root = root[:i]
	}
	var project []string
	loaded := false
	for _, u := range f.usings {
		switch {
		case root != "" && (u == root || strings.HasPrefix(u, root+".") || strings.HasPrefix(f.namespace, u+".")):
		case u == "Microsoft.Extensions.AI" || strings.HasPrefix(u, "Microsoft.Extensions.AI."):
			return false // an AI library, for all its framework prefix
		case slices.ContainsFunc(frameworkNamespaces, func(fw string) bool { return u == fw || strings.HasPrefix(u, fw+".") }):
		case azurectx.IsNonAIModule(u): // Azure.Storage.Blobs: its types take no AI key
		default:
			// A namespace of the program's other projects or files (a test console's using
			// of the library beside it): declared in the directories around this file.
			if !loaded {
				var dirs []string
				project, dirs = projectNamespaces(f.pass.Path)
				f.pass.DependsOn = append(f.pass.DependsOn, dirs...)
				loaded = true
			}
			if !slices.ContainsFunc(project, func(p string) bool { return u == p || strings.HasPrefix(u, p+".") }) {
				return false
			}
		}
	}
	// Top-level statements with only .NET's usings: a type they create is the program's (or
	// comes from a global using elsewhere, which the SDK clients' names below still catch).
	return root != "" || loaded
}

// credentialPolicyHeader records Azure.Core's new AzureKeyCredentialPolicy(credential, header)
// as the header it sets from the credential, when that is a key header (a constant of the file
// or a literal): new AzureKeyCredentialPolicy(key, "Ocp-Apim-Subscription-Key").
func (f *file) credentialPolicyHeader(n, args *syntax.Node) bool {
	if args == nil {
		return false
	}
	list := args.NamedChildren()
	if len(list) < 2 {
		return false
	}
	nameNode := argValue(list[1])
	h, ok := stringValue(nameNode)
	if vals := f.facts.Assigns[nameNode.Text()]; !ok && len(vals) == 1 {
		h, ok = stringValue(vals[0])
	}
	if !ok || !coderules.IsKeyHeader(h) {
		return false
	}
	f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: h, Value: argValue(list[0]), Site: n, NameNode: nameNode})
	return true
}

// declaredInProject reports a type the program declares, in this file or in another of its
// project in a namespace visible here, that is no SDK's, when call (a creation, or a method
// call's arguments) names a key: only then does whose type it is decide anything, and only
// then are the project's files read.
func (f *file) declaredInProject(name string, call *syntax.Node) bool {
	if name == "" || sdkTypes[name] || strings.HasSuffix(name, "Credential") || strings.HasSuffix(name, "Credentials") ||
		!strings.Contains(strings.ToLower(call.Text()), "key") {
		return false
	}
	if f.facts.LocalTypes[name] {
		return true
	}
	f.loadProject()
	// Visible here only through the file's namespace, one it is nested in, or a using.
	return slices.ContainsFunc(f.projectTypes[name], func(ns string) bool {
		return ns == "" || ns == f.namespace || strings.HasPrefix(f.namespace, ns+".") || slices.Contains(f.usings, ns)
	})
}

// receiverType is the type of the object a method is called on, when the function is
// recv.Method with recv a variable only ever assigned new T(...) (or T itself, a static call).
func (f *file) receiverType(fn *syntax.Node) string {
	if fn == nil || fn.Kind != "member_access_expression" {
		return ""
	}
	recv := fn.ChildByField("expression")
	if recv == nil || recv.Kind != "identifier" {
		return ""
	}
	vals := f.facts.Assigns[recv.Text()]
	if len(vals) == 0 {
		return recv.Text() // Authentication.Authenticate(...): a static call on a type
	}
	t := ""
	for _, v := range vals {
		if v.Kind != "object_creation_expression" {
			return ""
		}
		name, azure := f.typeName(v.ChildByField("type"))
		if azure || t != "" && name != t {
			return ""
		}
		t = name
	}
	return t
}

// optionsPattern are .NET's options-pattern interfaces, whose type argument is the program's own
// settings class.
var optionsPattern = map[string]bool{"IOptions": true, "IOptionsMonitor": true, "IOptionsSnapshot": true}

// sdkTypes are Azure AI and OpenAI SDK types a file may use through a global using declared in
// another file: never the program's own, whatever the file's own usings say.
var sdkTypes = map[string]bool{
	"AzureOpenAIClient": true, "OpenAIClient": true, "ChatClient": true, "EmbeddingClient": true,
	"SearchClient": true, "SearchIndexClient": true, "SearchIndexerClient": true,
	"DocumentAnalysisClient": true, "DocumentIntelligenceClient": true, "TextAnalyticsClient": true,
	"ContentSafetyClient": true, "ImageAnalysisClient": true, "TextTranslationClient": true,
	"ChatCompletionsClient": true, "EmbeddingsClient": true, "QuestionAnsweringClient": true,
	"ConversationAnalysisClient": true, "FaceClient": true, "ComputerVisionClient": true,
}

// azureUsing reports a using directive of an Azure SDK namespace (using Azure.AI.OpenAI;,
// using Azure;, using static Azure..., using Alias = Azure....), not of a program's own
// namespace that starts with the word (using AzureTranslator.Services;).
func azureUsing(text string) bool {
	for _, f := range strings.Fields(strings.TrimSuffix(strings.TrimSpace(text), ";")) {
		if f == "Azure" || strings.HasPrefix(f, "Azure.") {
			return true
		}
	}
	return false
}

func (f *file) collect() {
	markers := f.pass.Opts.Markers
	var creations, invocations, strs []*syntax.Node
	f.pass.Tree.Walk(func(n *syntax.Node) {
		switch n.Kind {
		case "namespace_declaration", "file_scoped_namespace_declaration":
			if name := n.ChildByField("name"); name != nil && f.namespace == "" {
				f.namespace = name.Text()
			}
		case "using_directive":
			if target := lastNamed(n); target != nil && n.ChildByField("name") == nil {
				f.usings = append(f.usings, target.Text())
			}
			if alias := n.ChildByField("name"); alias != nil {
				if target := lastNamed(n); target != nil && target != alias {
					f.aliases[alias.Text()] = target.Text()
				}
			}
			if azureUsing(n.Text()) {
				f.facts.Azure = true
			}
			if strings.Contains(n.Text(), "Microsoft.CognitiveServices.Speech") {
				// The Speech SDK is an Azure AI client; its configs are built by static factories.
				f.facts.Azure, f.speechSDK = true, true
			}
		case "variable_declarator":
			if name, value := n.ChildByField("name"), declaratorValue(n); name != nil && value != nil {
				f.facts.Assigns[name.Text()] = append(f.facts.Assigns[name.Text()], value)
				f.memberAssign(n, name.Text(), value)
			}
		case "property_declaration":
			if name, value := n.ChildByField("name"), n.ChildByField("value"); name != nil && value != nil {
				f.facts.Assigns[name.Text()] = append(f.facts.Assigns[name.Text()], value)
				f.memberAssign(n, name.Text(), value)
			}
		case "assignment_expression":
			if left, right := n.ChildByField("left"), n.ChildByField("right"); left != nil && right != nil {
				f.facts.Assigns[left.Text()] = append(f.facts.Assigns[left.Text()], right)
				if m := left.ChildByField("name"); left.Kind == "member_access_expression" && m != nil {
					// this.key = ...: also reachable as key
					f.facts.Assigns[m.Text()] = append(f.facts.Assigns[m.Text()], right)
				}
			}
		case "method_declaration", "local_function_statement":
			if name := n.ChildByField("name"); name != nil {
				f.facts.Funcs[name.Text()] = true
			}
		case "class_declaration", "record_declaration", "struct_declaration":
			if name := n.ChildByField("name"); name != nil {
				f.facts.LocalTypes[name.Text()] = true
			}
		case "generic_name":
			// IOptions<AzureOpenAIOptions>: the options pattern binds configuration into a class
			// of the program's own (an SDK's options are not bound so), whatever its name.
			if id := n.ChildOfKind("identifier"); id != nil && optionsPattern[id.Text()] {
				if args := n.ChildOfKind("type_argument_list"); args != nil {
					for _, a := range args.NamedChildren() {
						if name, _ := f.typeName(a); name != "" {
							f.facts.LocalTypes[name] = true
						}
					}
				}
			}
		case "object_creation_expression", "implicit_object_creation_expression":
			creations = append(creations, n)
		case "invocation_expression":
			invocations = append(invocations, n)
		case "string_literal", "verbatim_string_literal", "raw_string_literal":
			strs = append(strs, n)
		case "interpolated_string_expression":
			f.facts.Headers = append(f.facts.Headers, coderules.QueryKeys(n)...)
		case "identifier", "string_literal_content", "qualified_name":
			if !f.facts.Azure && markers.In(n.Text()) {
				f.facts.Azure = true
			}
		}
		if name, ok := f.envRead(n); ok {
			f.facts.EnvReads = append(f.facts.EnvReads, coderules.EnvRead{Name: name, Node: n})
		}
	})
	f.useGlobalUsings()
	for _, n := range creations {
		f.addCreation(n)
	}
	for _, n := range invocations {
		f.addInvocation(n)
	}
	for _, s := range strs {
		if v, ok := stringValue(s); ok {
			f.facts.Literals = append(f.facts.Literals, coderules.Literal{
				Node: s, Value: v, Content: contentSpan(s), Context: f.literalContext(s),
			})
		}
	}
}

// declaratorValue is the initializer of `name = value` (the grammar gives it no field name).
func declaratorValue(n *syntax.Node) *syntax.Node {
	var value *syntax.Node
	for _, c := range n.NamedChildren() {
		if c.Field != "name" && c.Kind != "bracketed_argument_list" {
			value = c
		}
	}
	return value
}

func lastNamed(n *syntax.Node) *syntax.Node {
	kids := n.NamedChildren()
	if len(kids) == 0 {
		return nil
	}
	return kids[len(kids)-1]
}

// typeName resolves a type node to its simple name and whether it is written in an Azure
// namespace: Azure.AI.OpenAI.AzureOpenAIClient gives ("AzureOpenAIClient", true).
func (f *file) typeName(t *syntax.Node) (string, bool) {
	if t == nil {
		return "", false
	}
	text := t.Text()
	if full, ok := f.aliases[text]; ok {
		text = full
	}
	if i := strings.IndexByte(text, '<'); i >= 0 {
		text = text[:i]
	}
	azure := strings.HasPrefix(text, "Azure.")
	if i := strings.LastIndexByte(text, '.'); i >= 0 {
		text = text[i+1:]
	}
	return strings.TrimSpace(text), azure
}

// addCreation records new T(...) and target-typed new(...), whose type comes from the
// declaration (AzureKeyCredential cred = new(key)).
func (f *file) addCreation(n *syntax.Node) {
	name, azure := f.creationType(n)
	if name == "" {
		return
	}
	args := n.ChildByField("arguments")
	if args == nil {
		args = n.ChildOfKind("argument_list")
	}
	c := &coderules.Call{Node: n, Name: name, Azure: azure}
	c.Own = !azure && f.ownTypes()
	c.OwnProven = c.Own && !sdkTypes[name] && !strings.HasSuffix(name, "Credential") && !strings.HasSuffix(name, "Credentials")
	if !azure && !c.OwnProven && f.declaredInProject(name, n) {
		c.Own, c.OwnProven = true, true // new FormRecognizerService(endpoint, key) of Services/
	}
	if name == "AzureKeyCredentialPolicy" && f.credentialPolicyHeader(n, args) {
		return
	}
	f.addArgs(c, args)
	if init := n.ChildByField("initializer"); init != nil {
		// new Options { ApiKey = key, Endpoint = e }: properties as named arguments.
		for _, a := range init.NamedChildren() {
			if a.Kind == "assignment_expression" {
				c.Args = append(c.Args, coderules.Arg{Name: a.ChildByField("left").Text(), Value: a.ChildByField("right"), Site: a})
			}
		}
	}
	switch name {
	case "AzureOpenAIClient", "OpenAIClient":
		// (endpoint, credential[, options]); the second is options when it looks like them.
		nameArg(c, 1, "credential", func(v *syntax.Node) bool { return !isOptions(v) })
		if name == "AzureOpenAIClient" && (args == nil || len(args.NamedChildren()) <= 1) {
			// new AzureOpenAIClient() / new AzureOpenAIClient(options), the SDK's overloads
			// that read the environment; a creation with more arguments and no credential is
			// another class of that name (a gateway's own AzureOpenAIClient(http, options, log)).
			c.EnvFallback = true
		}
	}
	if strings.HasPrefix(name, "AzureOpenAI") && strings.HasSuffix(name, "Service") && !c.OwnProven && len(c.Args) > 2 && endpointLike(c.Args[1].Value) {
		// (Not the (deploymentName, azureOpenAIClient, modelId) overload: its third is a model.)
		// Semantic Kernel's connector services, (deploymentName, endpoint, apiKey | credential,
		// ...) as AddAzureOpenAI* take them: new AzureOpenAIChatCompletionService("d", "e", "%KEY%").
		c.Azure = true
		nameArg(c, 2, "apiKey", func(v *syntax.Node) bool { return !isCredential(v) && !isOptions(v) })
	}
	f.facts.Calls = append(f.facts.Calls, c)
}

// creationType names the type a new-expression creates; for target-typed new(...) that is the
// declared type of the variable, field or property it initialises.
func (f *file) creationType(n *syntax.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	if n.Kind == "object_creation_expression" {
		return f.typeName(n.ChildByField("type"))
	}
	// The target is what the new(...) becomes: through switch arms, conditionals and parentheses,
	// an assignment's left side (a field declared elsewhere), a member's return type (=> new(...),
	// return new(...)), or a declaration.
	target := n
	for p := n.Parent(); p != nil && targetThrough[p.Kind]; p = p.Parent() {
		target = p
	}
	if p := target.Parent(); p != nil {
		switch p.Kind {
		case "assignment_expression":
			if name := f.assignedType(target); name != "" {
				return name, false
			}
		case "arrow_expression_clause", "return_statement":
			if m := p.Ancestor("method_declaration", "local_function_statement"); m != nil {
				t := m.ChildByField("returns")
				if t == nil {
					t = m.ChildByField("type")
				}
				return f.typeName(t)
			}
		}
	}
	decl := n.Ancestor("variable_declaration", "field_declaration", "property_declaration")
	if decl == nil {
		return "", false
	}
	t := decl.ChildByField("type")
	if t == nil {
		if vd := decl.ChildOfKind("variable_declaration"); vd != nil {
			t = vd.ChildByField("type")
		}
	}
	return f.typeName(t)
}

// targetThrough are the expressions a target-typed new(...) passes through to its target.
var targetThrough = map[string]bool{"switch_expression_arm": true, "switch_expression": true, "conditional_expression": true, "parenthesized_expression": true}

// addInvocation records method calls: Semantic Kernel's AddAzureOpenAI* builders, and header
// settings on HttpClient / HttpRequestMessage.
func (f *file) addInvocation(n *syntax.Node) {
	method := methodName(n.ChildByField("function"))
	if method == "" {
		return
	}
	args := n.ChildByField("arguments")
	c := &coderules.Call{Node: n, Name: method}
	f.addArgs(c, args)
	if t := f.speechConfigType(n.ChildByField("function")); t != "" {
		// SpeechConfig.FromSubscription(key, region), SpeechTranslationConfig.FromEndpoint(uri, key):
		// a static factory of the Speech SDK, an Azure client that takes the key by position.
		c.Name, c.Azure = t+"."+method, true
		// The key's place: FromSubscription(key, region), FromEndpoint(uri, key), FromHost(uri,
		// key). Named, so that a placeholder there ("key", "YOUR_KEY") is key auth too.
		switch {
		case method == "FromSubscription":
			nameArg(c, 0, "subscriptionKey", func(v *syntax.Node) bool { return !isCredential(v) })
		case (method == "FromEndpoint" || method == "FromHost") && len(c.Args) >= 2:
			// FromEndpoint(uri, new DefaultAzureCredential()) is the keyless overload.
			nameArg(c, 1, "subscriptionKey", func(v *syntax.Node) bool { return !isCredential(v) })
		}
	}
	if strings.HasPrefix(method, "AddAzureOpenAI") || strings.HasPrefix(method, "AddAzureAI") {
		// (deploymentName, endpoint, apiKey | credential, ...); Azure AI Inference's are
		// (modelId, apiKey | credential, endpoint, ...).
		c.Azure = true
		at := 2
		switch {
		case strings.HasPrefix(method, "AddAzureAIInference"):
			at = 1
		case modelIDOverload(c.Args):
			at = 3
		}
		nameArg(c, at, "apiKey", func(v *syntax.Node) bool { return !isCredential(v) })
	}
	headerCall := headerMethods[method] || coderules.HeaderSetterName(method) || headerHelper(n.ChildByField("function"), method)
	if !c.Azure && !headerCall && args != nil && f.declaredInProject(f.receiverType(n.ChildByField("function")), args) {
		// auth.Authenticate(uri, key) after Authentication auth = new Authentication(), the
		// class declared in TTSClient.cs: the program's own method.
		c.Own, c.OwnProven = true, true
	}
	if !c.Azure && !headerCall && f.ownTypes() {
		// impl.Index_Document(AzureOpenAIKey: key) where no SDK namespace is in scope: a method
		// of the program's own types (or of .NET's, which take no AI key).
		c.Own, c.OwnProven = true, true
	}
	f.facts.Calls = append(f.facts.Calls, c)
	if headerCall && args != nil {
		list := args.NamedChildren()
		if len(list) >= 2 {
			if h, ok := stringValue(argValue(list[0])); ok {
				f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: h, Value: argValue(list[1]), Site: n, NameNode: list[0]})
			}
		}
	}
}

// speechConfigType names the Speech SDK config type a static call is made on (SpeechConfig,
// SpeechTranslationConfig, ...), in a file that imports the SDK; "" otherwise. A type the file
// declares itself is the program's own.
func (f *file) speechConfigType(fn *syntax.Node) string {
	if !f.speechSDK || fn == nil || fn.Kind != "member_access_expression" {
		return ""
	}
	recv := fn.ChildByField("expression")
	if recv == nil || recv.Kind != "identifier" {
		return ""
	}
	t := recv.Text()
	if !strings.HasSuffix(t, "Config") || t[0] < 'A' || t[0] > 'Z' || f.facts.LocalTypes[t] {
		return ""
	}
	return t
}

// headerMethods set a header: DefaultRequestHeaders.Add, request.Headers.TryAddWithoutValidation.
var headerMethods = map[string]bool{"Add": true, "TryAddWithoutValidation": true, "Append": true, "Set": true}

// headerHelper reports the program's own helper that adds to a header collection:
// headers.AddValueIfKeyNotExist("api-key", key), request.SetHeader(...). The receiver must be
// named for headers and the method for adding or setting, so reads (TryGetValue,
// ContainsKey) and other dictionaries are left alone.
func headerHelper(fn *syntax.Node, method string) bool {
	if fn == nil || fn.Kind != "member_access_expression" {
		return false
	}
	recv := fn.ChildByField("expression")
	if recv == nil || !strings.Contains(strings.ToLower(lastSegment(recv.Text())), "header") {
		return false
	}
	for _, p := range []string{"Add", "TryAdd", "Set", "Put", "Append"} {
		if strings.HasPrefix(method, p) {
			return true
		}
	}
	return false
}

// lastSegment is the name after the last dot: request.Headers gives Headers.
func lastSegment(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func methodName(fn *syntax.Node) string {
	if fn == nil {
		return ""
	}
	switch fn.Kind {
	case "member_access_expression":
		fn = fn.ChildByField("name")
	case "identifier", "generic_name":
	default:
		return ""
	}
	if fn == nil {
		return ""
	}
	if fn.Kind == "generic_name" {
		if id := fn.ChildOfKind("identifier"); id != nil {
			return id.Text()
		}
	}
	return fn.Text()
}

// addArgs adds the arguments: named ones (apiKey: key) by name, the rest positionally.
func (f *file) addArgs(c *coderules.Call, args *syntax.Node) {
	if args == nil {
		return
	}
	for _, a := range args.NamedChildren() {
		if a.Kind != "argument" {
			continue
		}
		name := ""
		if id := a.ChildByField("name"); id != nil {
			name = id.Text()
		}
		c.Args = append(c.Args, coderules.Arg{Name: name, Value: argValue(a), Site: a})
	}
}

// nameArg gives the argument for parameter i a name when it has none and ok accepts it. In
// C# a named argument before a positional one must stand in its own position, so the
// parameter of an unnamed argument is its index in the list.
func nameArg(c *coderules.Call, i int, name string, ok func(*syntax.Node) bool) {
	if i < len(c.Args) && c.Args[i].Name == "" && ok(c.Args[i].Value) {
		c.Args[i].Name = name
	}
}

// modelIDOverload reports a call in Semantic Kernel 1.0.0-rc's order, (deploymentName,
// modelId, endpoint, apiKey, ...), rather than 1.x's (deploymentName, endpoint, apiKey,
// serviceId, modelId, ...): four leading arguments, the third an endpoint and the second not.
func modelIDOverload(args []coderules.Arg) bool {
	if len(args) < 4 || args[3].Name != "" || args[2].Name != "" {
		return false
	}
	return endpointLike(args[2].Value) && !endpointLike(args[1].Value)
}

// endpointLike reports an expression that reads as a service URL: a literal with a scheme or
// a name saying endpoint, url or uri.
func endpointLike(v *syntax.Node) bool {
	if v == nil {
		return false
	}
	t := strings.ToLower(v.Text())
	for _, w := range []string{"endpoint", "url", "uri", "http://", "https://"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// argValue is an argument's expression, without its name or ref/out keyword.
func argValue(a *syntax.Node) *syntax.Node {
	if a == nil || a.Kind != "argument" {
		return a
	}
	for _, c := range a.NamedChildren() {
		if c.Field != "name" {
			return c
		}
	}
	return nil
}

func isOptions(v *syntax.Node) bool {
	if v == nil {
		return false
	}
	t := v.Text()
	// new DefaultAzureCredential(new DefaultAzureCredentialOptions { ... }) is a credential.
	return strings.Contains(strings.ToLower(t), "option") && !strings.Contains(t, "Credential")
}

func isCredential(v *syntax.Node) bool {
	if v == nil {
		return false
	}
	t := v.Text()
	return strings.Contains(t, "Credential") && !strings.Contains(t, "KeyCredential") || strings.Contains(strings.ToLower(t), "credential") && !strings.HasPrefix(t, "new ")
}

// envRead recognises Environment.GetEnvironmentVariable("X"), configuration["Section:Key"],
// configuration.GetValue<string>("X"), GetSection("X")["Key"] and AppSettings.Get("X").
func (f *file) envRead(n *syntax.Node) (string, bool) {
	switch n.Kind {
	case "invocation_expression":
		fn := n.ChildByField("function")
		method := methodName(fn)
		args := n.ChildByField("arguments")
		if args == nil {
			return "", false
		}
		list := args.NamedChildren()
		if len(list) == 0 {
			return "", false
		}
		switch method {
		case "GetEnvironmentVariable":
			return f.constantString(argValue(list[0]))
		case "GetValue", "GetConnectionString":
			if fn.Kind == "member_access_expression" && f.isConfiguration(fn.ChildByField("expression")) {
				if name, ok := stringValue(argValue(list[0])); ok {
					return f.sectionName(fn.ChildByField("expression"), name), true
				}
			}
		case "Get":
			// System.Configuration's app settings: ConfigurationManager.AppSettings.Get("X"), as
			// ConfigurationManager.AppSettings["X"]; Get on other collections is not a setting read.
			if fn.Kind == "member_access_expression" && lastSegment(fn.ChildByField("expression").Text()) == "AppSettings" {
				return stringValue(argValue(list[0]))
			}
		}
	case "element_access_expression":
		obj := n.ChildByField("expression")
		sub := n.ChildByField("subscript")
		if obj == nil || sub == nil || !f.isConfiguration(obj) {
			return "", false
		}
		if p := n.Parent(); p != nil && p.Kind == "assignment_expression" && n.Field == "left" {
			return "", false
		}
		list := sub.NamedChildren()
		if len(list) != 1 {
			return "", false
		}
		name, ok := stringValue(argValue(list[0]))
		if !ok {
			return "", false
		}
		return f.sectionName(obj, name), true
	}
	return "", false
}

// section is the GetSection("X") (or GetRequiredSection) call a receiver is, directly or as the
// last value of the variable it names (var section = config.GetSection("AzureOpenAI")), or nil.
func (f *file) section(n *syntax.Node) *syntax.Node {
	if n != nil && n.Kind == "identifier" {
		if vals := f.facts.Assigns[n.Text()]; len(vals) > 0 {
			n = vals[len(vals)-1]
		}
	}
	if n == nil || n.Kind != "invocation_expression" {
		return nil
	}
	if m := methodName(n.ChildByField("function")); m != "GetSection" && m != "GetRequiredSection" {
		return nil
	}
	return n
}

// sectionName prefixes a setting's name with the section its receiver is:
// GetSection("AzureOpenAI")["ApiKey"] and section.GetValue<string>("ApiKey") read AzureOpenAI:ApiKey.
func (f *file) sectionName(receiver *syntax.Node, name string) string {
	if sec := f.section(receiver); sec != nil {
		if a := sec.ChildByField("arguments"); a != nil && len(a.NamedChildren()) == 1 {
			if s, ok := stringValue(argValue(a.NamedChildren()[0])); ok {
				return s + ":" + name
			}
		}
	}
	return name
}

// constantString is a string literal, or a name assigned only a literal before this point of
// the file (const string ENV_VAR_NAME_OPENAI_API_KEY = "OpenAIKey"), its last value.
func (f *file) constantString(n *syntax.Node) (string, bool) {
	if s, ok := stringValue(n); ok {
		return s, true
	}
	if n == nil || n.Kind != "identifier" {
		return "", false
	}
	vals := f.facts.Assigns[n.Text()]
	if len(vals) == 0 {
		return "", false
	}
	return stringValue(vals[len(vals)-1])
}

// memberAssign also records a field's or property's value under Type.Name, as other classes
// of the file read it: Globals.openAIKey for public static string openAIKey = config["K"].
func (f *file) memberAssign(decl *syntax.Node, name string, value *syntax.Node) {
	for p := decl.Parent(); p != nil; p = p.Parent() {
		switch p.Kind {
		case "class_declaration", "record_declaration", "struct_declaration":
			if t := p.ChildByField("name"); t != nil {
				f.facts.Assigns[t.Text()+"."+name] = append(f.facts.Assigns[t.Text()+"."+name], value)
			}
			return
		case "method_declaration", "local_function_statement", "constructor_declaration", "lambda_expression", "block":
			return // a local variable
		}
	}
}

// isConfiguration reports an IConfiguration-looking receiver: config, _configuration,
// builder.Configuration, configuration.GetSection(...), or a variable holding a section.
func (f *file) isConfiguration(n *syntax.Node) bool {
	if f.section(n) != nil {
		return true
	}
	t := strings.ToLower(n.Text())
	if i := strings.LastIndexByte(t, '.'); i >= 0 {
		t = t[i+1:]
	}
	return strings.Contains(t, "config") || strings.Contains(t, "settings") || t == "cfg" || strings.HasSuffix(t, "cfg")
}

// literalContext names where a string literal is used: a variable, field, property, named
// argument, object-initializer property, key credential or header.
func (f *file) literalContext(s *syntax.Node) string {
	n := s
	p := n.Parent()
	if p != nil && p.Kind == "argument" {
		if id := p.ChildByField("name"); id != nil {
			return id.Text()
		}
		n, p = p, p.Parent()
	}
	if p == nil {
		return ""
	}
	switch p.Kind {
	case "variable_declarator", "property_declaration":
		if name := p.ChildByField("name"); name != nil {
			return name.Text()
		}
	case "assignment_expression":
		if p.ChildByField("right") == n {
			left := p.ChildByField("left")
			if m := left.ChildByField("name"); left.Kind == "member_access_expression" && m != nil {
				return m.Text()
			}
			return left.Text()
		}
	case "argument_list":
		call := p.Parent()
		if call == nil {
			return ""
		}
		var name string
		switch call.Kind {
		case "object_creation_expression", "implicit_object_creation_expression":
			name, _ = f.creationType(call)
		case "invocation_expression":
			name = methodName(call.ChildByField("function"))
		}
		list := p.NamedChildren()
		switch {
		case name == "AzureKeyCredential" || name == "ApiKeyCredential":
			return name
		case headerMethods[name] && len(list) >= 2 && list[1] == n:
			h, _ := stringValue(argValue(list[0]))
			return h
		}
	}
	return ""
}

// stringValue returns the contents of a regular, verbatim or raw string literal (not an
// interpolated one).
func stringValue(n *syntax.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	switch n.Kind {
	case "string_literal", "raw_string_literal":
		var b strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.Kind {
			case "string_literal_content", "escape_sequence", "raw_string_content":
				b.Write(c.Bytes())
			}
		}
		return b.String(), true
	case "verbatim_string_literal":
		t := n.Text()
		if len(t) >= 3 {
			return strings.ReplaceAll(t[2:len(t)-1], `""`, `"`), true
		}
	}
	return "", false
}

func contentSpan(n *syntax.Node) keylint.Span {
	t := n.Text()
	start, end := n.Start, n.End
	switch {
	case strings.HasPrefix(t, `@"`):
		start += 2
		end--
	case strings.HasPrefix(t, `"""`):
		q := len(t) - len(strings.TrimLeft(t, `"`))
		start += q
		end -= q
	case strings.HasPrefix(t, `"`):
		start++
		end--
	}
	if end < start {
		return keylint.Span{Start: n.Start, End: n.End}
	}
	return keylint.Span{Start: start, End: end}
}

// StringValue implements coderules.Syntax.
func (f *file) StringValue(n *syntax.Node) (string, bool) { return stringValue(n) }

// IsNull implements coderules.Syntax.
func (f *file) IsNull(n *syntax.Node) bool {
	return n.Kind == "null_literal" || n.Kind == "default_expression"
}

// IsCallable implements coderules.Syntax.
func (f *file) IsCallable(n *syntax.Node) bool {
	return n.Kind == "lambda_expression" || n.Kind == "anonymous_method_expression"
}

// CallName implements coderules.Syntax.
func (f *file) CallName(n *syntax.Node) string {
	switch n.Kind {
	case "object_creation_expression", "implicit_object_creation_expression":
		name, _ := f.creationType(n)
		return name
	case "invocation_expression":
		return methodName(n.ChildByField("function"))
	}
	return ""
}

// IsVariable implements coderules.Syntax.
func (f *file) IsVariable(n *syntax.Node) bool {
	switch n.Kind {
	case "identifier":
		p := n.Parent()
		return n.Field != "name" || p == nil || p.Kind != "member_access_expression"
	case "member_access_expression":
		return true
	}
	return false
}

// functionKinds are the C# members and expressions whose body scopes the locals declared in it.
var functionKinds = []string{"method_declaration", "constructor_declaration", "local_function_statement",
	"accessor_declaration", "operator_declaration", "lambda_expression", "anonymous_method_expression"}

// LocalScope implements coderules.LocalScoper: a local variable is its method's (or local
// function's, or lambda's) own; C# lets no nested scope declare the name again, so every use of
// the name in that body is the local. A field or property of the same name is the file's.
func (f *file) LocalScope(name string, at *syntax.Node) *syntax.Node {
	for fn := at.Ancestor(functionKinds...); fn != nil; fn = fn.Ancestor(functionKinds...) {
		for _, v := range f.facts.Assigns[name] {
			if decl := v.Ancestor("local_declaration_statement"); decl != nil && decl.Ancestor(functionKinds...) == fn {
				return fn
			}
		}
	}
	return nil
}
