// Package javascript checks JavaScript and TypeScript (ESM and CommonJS, JSX and TSX) for
// key-based authentication to Azure OpenAI and Azure AI services, by turning the syntax tree
// into coderules.Facts: constructor and call options objects become named arguments.
package javascript

import (
	"regexp"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// Checker implements check.Checker for JavaScript and TypeScript.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.JavaScript, keylint.TypeScript} }

// Check runs the code rules on one file.
func (Checker) Check(p *check.Pass) {
	if p.Tree == nil || p.Tree.Root() == nil {
		return
	}
	f := &file{pass: p, imports: map[string]binding{}}
	f.facts = &coderules.Facts{Syntax: f, Rewriter: f, HeaderRewriter: f, Assigns: map[string][]*syntax.Node{}, Funcs: map[string]bool{}, LocalTypes: map[string]bool{}}
	f.collect()
	coderules.New(p, f.facts).Run()
}

// binding is what an imported local name refers to.
type binding struct {
	module string // "openai", "@azure/core-auth"
	name   string // the exported name; "" for a namespace or default import
}

type file struct {
	pass       *check.Pass
	facts      *coderules.Facts
	imports    map[string]binding
	importMemo coderules.ImportMemo
	// memberSets are the property assignments to a variable (params.apiKey = k), by variable:
	// an options object filled property by property, then spread or passed into a client.
	memberSets map[string][]*syntax.Node
	// setters are the state setters of UI hooks (const [x, setX] = useState(...)).
	setters map[string]bool
	// browserSeen memoizes browser(): 0 not yet asked, 1 yes, 2 no.
	browserSeen int8
	// methods are the names of the methods the file's classes define.
	methods map[string]bool
}

// ownMethod reports a call of a method of the object it runs in, that a class of this file
// defines (this.getConfiguration('OpenAI:ApiKey', process.env.AZURE_OPENAI_API_KEY)): the
// program's own code, whose body this file shows.
func (f *file) ownMethod(callee *syntax.Node, name string) bool {
	callee = unwrap(callee)
	if callee == nil || callee.Kind != "member_expression" || !f.methods[name] {
		return false
	}
	obj := callee.ChildByField("object")
	return obj != nil && obj.Kind == "this"
}

func (f *file) collect() {
	markers := f.pass.Opts.Markers
	var calls, objects, strs, subscriptSets []*syntax.Node
	// Imports first: calls anywhere in the file resolve through them.
	f.pass.Tree.Walk(func(n *syntax.Node) {
		switch n.Kind {
		case "import_statement":
			f.addImport(n)
		case "variable_declarator":
			f.addRequire(n)
		}
	})
	for name, b := range f.imports {
		if ownModule(b.module) {
			if f.facts.OwnImports == nil {
				f.facts.OwnImports = map[string]bool{}
			}
			f.facts.OwnImports[name] = true // import { AppConfig } from "./types"
		}
	}
	f.pass.Tree.Walk(func(n *syntax.Node) {
		switch n.Kind {
		case "variable_declarator":
			if name, value := n.ChildByField("name"), n.ChildByField("value"); name != nil && value != nil && name.Kind == "array_pattern" && value.Kind == "call_expression" {
				// const [speechKey, setSpeechKey] = useState(...) / useAsyncStorage("k", null): the
				// second name sets a UI state, no client.
				if fn := value.ChildByField("function"); fn != nil && strings.HasPrefix(fn.Text(), "use") {
					if els := name.NamedChildren(); len(els) >= 2 && els[1].Kind == "identifier" {
						if f.setters == nil {
							f.setters = map[string]bool{}
						}
						f.setters[els[1].Text()] = true
					}
				}
			}
			if name, value := n.ChildByField("name"), n.ChildByField("value"); name != nil && value != nil && name.Kind == "identifier" {
				f.facts.Assigns[name.Text()] = append(f.facts.Assigns[name.Text()], unwrap(value))
			} else if name != nil && name.Kind == "object_pattern" && value != nil && f.isProcessEnv(unwrap(value)) {
				// const { AZURE_OPENAI_API_KEY: key } = process.env: each variable holds its read.
				for _, el := range name.NamedChildren() {
					if v := envPatternVariable(el); v != nil {
						f.facts.Assigns[v.Text()] = append(f.facts.Assigns[v.Text()], el)
					}
				}
			}
		case "assignment_expression":
			left, right := n.ChildByField("left"), n.ChildByField("right")
			if left != nil && right != nil {
				if left.Kind == "subscript_expression" {
					subscriptSets = append(subscriptSets, n)
				}
				if obj := left.ChildByField("object"); left.Kind == "member_expression" && obj != nil && obj.Kind == "identifier" {
					if f.memberSets == nil {
						f.memberSets = map[string][]*syntax.Node{}
					}
					f.memberSets[obj.Text()] = append(f.memberSets[obj.Text()], n)
				}
				f.facts.Assigns[left.Text()] = append(f.facts.Assigns[left.Text()], unwrap(right))
			}
		case "function_declaration":
			if name := n.ChildByField("name"); name != nil {
				f.facts.Funcs[name.Text()] = true
			}
		case "method_definition":
			if name := n.ChildByField("name"); name != nil {
				if f.methods == nil {
					f.methods = map[string]bool{}
				}
				f.methods[name.Text()] = true
			}
		case "class_declaration", "class", "interface_declaration", "type_alias_declaration":
			if name := n.ChildByField("name"); name != nil {
				f.facts.LocalTypes[name.Text()] = true
			}
		case "call_expression", "new_expression":
			calls = append(calls, n)
		case "object":
			objects = append(objects, n)
		case "string", "template_string":
			strs = append(strs, n)
		case "identifier", "property_identifier", "string_fragment", "shorthand_property_identifier":
			if !f.facts.Azure && markers.In(n.Text()) {
				f.facts.Azure = true
			}
		}
		if f.envWrite(n) {
			f.facts.EnvWrites = append(f.facts.EnvWrites, n)
		} else if name, ok := f.envRead(n); ok {
			f.facts.EnvReads = append(f.facts.EnvReads, coderules.EnvRead{Name: name, Node: n})
		}
	})
	for _, c := range calls {
		if !schemaCall(c) {
			f.addCall(c)
		}
	}
	for _, o := range objects {
		if inSchema(o) {
			continue // z.object({ api_key: z.string().optional() }): a shape of types, no values
		}
		entries := objectEntries(o)
		f.facts.Configs = append(f.facts.Configs, entries)
		for _, e := range entries {
			if coderules.IsKeyHeader(e.Key) || coderules.IsOtherKeyHeader(e.Key) || coderules.IsAuthorizationHeader(e.Key) {
				f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: e.Key, Value: e.Value, Site: e.Site})
			}
		}
	}
	for _, a := range subscriptSets {
		// headers["api-key"] = key; axios.defaults.headers.common["api-key"] = key
		if key, ok := stringValue(a.ChildByField("left").ChildByField("index")); ok && coderules.IsKeyHeader(key) {
			f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: key, Value: unwrap(a.ChildByField("right")), Site: a})
		}
	}
	for _, s := range strs {
		f.facts.Headers = append(f.facts.Headers, coderules.QueryKeys(s)...)
		if v, ok := stringValue(s); ok {
			f.facts.Literals = append(f.facts.Literals, coderules.Literal{
				Node: s, Value: v, Content: contentSpan(s), Context: f.literalContext(s),
			})
		}
	}
}

func (f *file) addImport(n *syntax.Node) {
	module, _ := stringValue(n.ChildByField("source"))
	if module != "" && (azurectx.IsAzureModule(module) || f.pass.Opts.Markers.In(module)) {
		f.facts.Azure = true
	}
	clause := n.ChildOfKind("import_clause")
	if clause == nil {
		return
	}
	for c := clause.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind {
		case "identifier": // default import
			f.imports[c.Text()] = binding{module: module}
		case "namespace_import":
			if id := c.ChildOfKind("identifier"); id != nil {
				f.imports[id.Text()] = binding{module: module}
			}
		case "named_imports":
			for _, spec := range c.NamedChildren() {
				if spec.Kind != "import_specifier" {
					continue
				}
				name, alias := spec.ChildByField("name"), spec.ChildByField("alias")
				local := name
				if alias != nil {
					local = alias
				}
				f.imports[local.Text()] = binding{module: module, name: name.Text()}
			}
		}
	}
}

// addRequire records CommonJS imports, const x = require("m"), const { A, B: C } = require("m"),
// and dynamic ones, const { A } = await import("m").
func (f *file) addRequire(n *syntax.Node) {
	value := n.ChildByField("value")
	if value != nil && value.Kind == "await_expression" && len(value.NamedChildren()) == 1 {
		value = value.NamedChildren()[0]
	}
	if value == nil || value.Kind != "call_expression" {
		return
	}
	if fn := value.ChildByField("function"); fn == nil || fn.Text() != "require" && fn.Kind != "import" {
		return
	}
	args := value.ChildByField("arguments").NamedChildren()
	if len(args) == 0 {
		return
	}
	module, ok := stringValue(args[0])
	if !ok {
		return
	}
	if azurectx.IsAzureModule(module) {
		f.facts.Azure = true
	}
	name := n.ChildByField("name")
	switch name.Kind {
	case "identifier":
		f.imports[name.Text()] = binding{module: module}
	case "object_pattern":
		for _, p := range name.NamedChildren() {
			switch p.Kind {
			case "shorthand_property_identifier_pattern":
				f.imports[p.Text()] = binding{module: module, name: p.Text()}
			case "pair_pattern":
				if k, v := p.ChildByField("key"), p.ChildByField("value"); k != nil && v != nil {
					f.imports[v.Text()] = binding{module: module, name: k.Text()}
				}
			}
		}
	}
}

// resolve names a callee: AOAI imported as { AzureOpenAI as AOAI } from "openai" gives
// ("AzureOpenAI", "openai"); openai.AzureOpenAI through a namespace import the same.
func (f *file) resolve(callee *syntax.Node) (name, module string) {
	callee = unwrap(callee)
	switch callee.Kind {
	case "identifier":
		if b, ok := f.imports[callee.Text()]; ok {
			if b.name != "" {
				return b.name, b.module
			}
			return callee.Text(), b.module
		}
		return callee.Text(), ""
	case "member_expression":
		prop := callee.ChildByField("property")
		if prop == nil {
			return "", ""
		}
		// The chain's root says the module: sdk.SpeechConfig.fromSubscription(...) with
		// import * as sdk from "microsoft-cognitiveservices-speech-sdk".
		obj := callee.ChildByField("object")
		for obj != nil && obj.Kind == "member_expression" {
			obj = obj.ChildByField("object")
		}
		if obj != nil && obj.Kind == "identifier" {
			if b, ok := f.imports[obj.Text()]; ok {
				return prop.Text(), b.module
			}
			if obj.Text() == "SpeechSDK" {
				// The Speech SDK's browser bundle defines the global SpeechSDK (a <script> tag
				// or an import for its side effect).
				return prop.Text(), "microsoft-cognitiveservices-speech-sdk"
			}
		}
		if owner := callee.ChildByField("object"); owner != nil && speechConfigClass(lastMember(owner)) {
			// sdk.SpeechConfig.fromSubscription(key, region) with sdk = await loadSpeechSdk():
			// the SDK loaded at run time; the class's name is its own.
			return prop.Text(), "microsoft-cognitiveservices-speech-sdk"
		}
		return prop.Text(), ""
	case "super":
		// super(apiKey, mode) in class X extends AIService: the parent class's constructor.
		if cls := callee.Ancestor("class_declaration", "class", "abstract_class_declaration"); cls != nil {
			for _, k := range cls.NamedChildren() {
				if k.Kind != "class_heritage" {
					continue
				}
				desc := k.Descendants()
				for i := range desc {
					if desc[i].Kind == "identifier" {
						return f.resolve(&desc[i])
					}
				}
			}
		}
	}
	return "", ""
}

// speechConfigClass reports the Speech SDK's configuration classes, whose static factories
// (fromSubscription, fromEndpoint, fromHost, fromAuthorizationToken) say how it authenticates.
func speechConfigClass(name string) bool {
	switch name {
	case "SpeechConfig", "SpeechTranslationConfig", "EmbeddedSpeechConfig", "BotFrameworkConfig", "DialogServiceConfig":
		return true
	}
	return false
}

// lastMember is the last name of a member chain (sdk.SpeechConfig -> SpeechConfig), or the
// identifier itself.
func lastMember(n *syntax.Node) string {
	n = unwrap(n)
	if n.Kind == "member_expression" {
		if p := n.ChildByField("property"); p != nil {
			return p.Text()
		}
	}
	if n.Kind == "identifier" {
		return n.Text()
	}
	return ""
}

// ipcCall reports a message to the program's other process: Electron's
// ipcRenderer.invoke("chat", { apiKey }), ipcRenderer.send, window.postMessage. The code that
// receives it is the program's own.
func ipcCall(callee *syntax.Node) bool {
	callee = unwrap(callee)
	if callee == nil || callee.Kind != "member_expression" {
		return false
	}
	switch lastMember(callee) {
	case "postMessage":
		return true
	case "invoke", "send", "sendSync", "sendTo", "sendToHost":
		obj := unwrap(callee.ChildByField("object"))
		return obj != nil && (obj.Kind == "identifier" || obj.Kind == "member_expression") &&
			(lastMember(obj) == "ipcRenderer" || strings.HasSuffix(obj.Text(), ".ipcRenderer"))
	}
	return false
}

// addCall records a call or new-expression. Properties of an options object argument become
// named arguments (new AzureOpenAI({ apiKey, endpoint })); other arguments are positional.
func (f *file) addCall(n *syntax.Node) {
	callee := calleeOf(n)
	name, module := f.resolve(callee)
	if name == "" {
		return
	}
	c := &coderules.Call{Node: n, Name: name, Azure: azurectx.IsAzureModule(module), NotAI: azurectx.IsNonAIModule(module), EnvFallback: coderules.EnvFallbackClients[name]}
	// The program's own code: imported from its own modules, or a function of this file called
	// by its name (a class compiled to ES5 named like the SDK's client).
	bare := unwrap(callee).Kind == "identifier" // setX(...), not obj.setX(...)
	c.Setter = bare && f.setters[name] || stateModule(module)
	c.Own = ownModule(module) || bare && module == "" && f.facts.Funcs[name] || f.ownMethod(callee, name) || ipcCall(callee)
	if b, ok := f.imports[unwrap(callee).Text()]; ok && bare && b.name == "" && ownModule(module) {
		// const AzureOpenAI = require("./azureOpenAI"): a whole module of the program's own,
		// named like the client, is its own class (module.exports = class ...), whose body holds
		// whatever credential it uses. (A name exported by a relative module is still the
		// SDK's client in the SDK's own repository and tests.)
		c.EnvFallback = false
	}
	args := n.ChildByField("arguments")
	if args != nil {
		for _, arg := range args.NamedChildren() {
			a := unwrap(arg) // new AzureChatOpenAI({ ... } as any)
			switch a.Kind {
			case "object":
				c.Args = appendEntries(c.Args, a, 0)
				for _, el := range a.NamedChildren() {
					if el.Kind == "spread_element" {
						c.Opaque = true
						c.Args = f.appendMemberSets(c.Args, el)
						c.Args = f.appendReturned(c.Args, el)
					}
				}
			case "spread_element":
				c.Opaque = true
				c.Args = f.appendMemberSets(c.Args, a)
			case "comment":
			default:
				c.Args = append(c.Args, coderules.Arg{Value: unwrap(a), Site: a})
				if a.Kind == "identifier" || a.Kind == "member_expression" || a.Kind == "call_expression" {
					c.Opaque = true // options built elsewhere may carry a credential
				}
				if a.Kind == "identifier" {
					// const config = {}; config.apiKey = k; createAzure(config)
					c.Args = f.appendSets(c.Args, a.Text(), n.Start)
					// const options = { endpoint, apiKey }; new AzureOpenAI(options): the
					// literal's entries are the call's options, each at its own line.
					if obj := f.objectHeldBy(a); obj != nil && coderules.NotASink(name) == "" {
						held := appendEntries(nil, obj, 0)
						for i := range held {
							held[i].Held = true
						}
						c.Args = append(c.Args, held...)
					}
				}
			}
		}
	}
	f.facts.Calls = append(f.facts.Calls, c)

	// headers.set("api-key", k), headers.append(...), req.setHeader(...), xhr.setRequestHeader(...)
	if (headerSetters[name] || coderules.HeaderSetterName(name)) && args != nil {
		list := args.NamedChildren()
		if len(list) >= 2 {
			if h, ok := stringValue(list[0]); ok {
				f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: h, Value: unwrap(list[1]), Site: n, NameNode: list[0]})
			}
		}
	}
	// new Headers([["api-key", k]])
	if name == "Headers" && args != nil {
		for _, a := range args.NamedChildren() {
			if a.Kind != "array" {
				continue
			}
			for _, pair := range a.NamedChildren() {
				if kv := pair.NamedChildren(); pair.Kind == "array" && len(kv) == 2 {
					if h, ok := stringValue(kv[0]); ok {
						f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: h, Value: unwrap(kv[1]), Site: pair})
					}
				}
			}
		}
	}
}

// schemaRE matches a validation library's object-schema builder: zod's z.object, yup.object,
// Joi.object, valibot's v.object, io-ts's t.type, TypeBox's Type.Object, Effect's S.Struct.
var schemaRE = regexp.MustCompile(`^(?:z|zod|yup|Joi|joi|v|t|Type|S|Schema|s)\.(?:object|strictObject|looseObject|type|partial|Object|Struct)$`)

// schemaCall reports a call that builds an object schema: its options are field types.
func schemaCall(n *syntax.Node) bool {
	fn := n.ChildByField("function")
	return n.Kind == "call_expression" && fn != nil && schemaRE.MatchString(fn.Text())
}

// inSchema reports an object literal that is an argument of an object-schema builder
// (z.object({ ... }), schema.extend({ ... }) of one), or nested in one.
func inSchema(o *syntax.Node) bool {
	p := o.Parent()
	for p != nil && (p.Kind == "pair" || p.Kind == "object" || p.Kind == "parenthesized_expression") {
		p = p.Parent()
	}
	if p == nil || p.Kind != "arguments" || p.Parent() == nil {
		return false
	}
	call := p.Parent()
	if schemaCall(call) {
		return true
	}
	fn := call.ChildByField("function") // z.object({ ... }).extend({ ... })
	if fn == nil || fn.Kind != "member_expression" || fn.ChildByField("property") == nil || fn.ChildByField("property").Text() != "extend" {
		return false
	}
	base := fn.ChildByField("object")
	return base != nil && base.Kind == "call_expression" && schemaCall(base)
}

// stateHooks hold a UI state's value: the first argument is its initial value.
var stateHooks = map[string]bool{"useState": true, "useRef": true, "ref": true, "signal": true, "createSignal": true, "writable": true, "atom": true}

// stateModule reports a UI state library: what its calls are given (zustand's
// create((set) => ({ azureApiKey: ... }))) is state a settings page keeps, no client's options.
func stateModule(module string) bool {
	switch module {
	case "zustand", "zustand/vanilla", "jotai", "valtio", "nanostores", "pinia", "svelte/store", "mobx", "@preact/signals", "@preact/signals-react", "solid-js":
		return true
	}
	return false
}

// ownModule reports an import path of the program's own code: relative ("./providers",
// "../lib/env") or through a path alias ("@/lib/azure", "~/config", "#config").
func ownModule(module string) bool {
	return strings.HasPrefix(module, ".") || strings.HasPrefix(module, "@/") || strings.HasPrefix(module, "~/") || strings.HasPrefix(module, "#")
}

// appendReturned adds, for a spread call of a function of this file
// (new AzureOpenAI({ ...authConfig(), baseURL })), the entries of the object literals it returns
// as named arguments, each at its own line: the options it builds are the client's.
func (f *file) appendReturned(args []coderules.Arg, spread *syntax.Node) []coderules.Arg {
	kids := spread.NamedChildren()
	if len(kids) != 1 {
		return args
	}
	call := unwrap(kids[0])
	if call.Kind == "await_expression" && len(call.NamedChildren()) == 1 {
		call = unwrap(call.NamedChildren()[0])
	}
	if call.Kind != "call_expression" {
		return args
	}
	callee := unwrap(call.ChildByField("function"))
	if callee == nil || callee.Kind != "identifier" {
		return args
	}
	// Only a function declared to return a type of the program's own (buildAuthConfig():
	// AzureOpenAIAuthConfig), whose returned object is otherwise taken for a settings value
	// of that type; an untyped one's object is a client config where it is built.
	fn := f.functionNamed(callee.Text())
	if fn == nil || fn.ChildByField("return_type") == nil {
		return args
	}
	for _, obj := range returnedObjects(fn) {
		held := appendEntries(nil, obj, 0)
		for i := range held {
			held[i].Held = true
		}
		args = append(args, held...)
	}
	return args
}

// functionNamed finds the file's function of that name: a declaration, or a const given an
// arrow or function expression.
func (f *file) functionNamed(name string) *syntax.Node {
	if vals := f.facts.Assigns[name]; len(vals) == 1 {
		if v := unwrap(vals[0]); v.Kind == "arrow_function" || v.Kind == "function_expression" || v.Kind == "function" {
			return v
		}
		return nil
	}
	if !f.facts.Funcs[name] {
		return nil
	}
	var found *syntax.Node
	f.pass.Tree.Walk(func(n *syntax.Node) {
		if found == nil && n.Kind == "function_declaration" {
			if id := n.ChildByField("name"); id != nil && id.Text() == name {
				found = n
			}
		}
	})
	return found
}

// returnedObjects lists the object literals function fn returns itself (not its nested
// functions): return { ... } statements, or an arrow's ({ ... }) body.
func returnedObjects(fn *syntax.Node) []*syntax.Node {
	body := fn.ChildByField("body")
	if body == nil {
		return nil
	}
	if b := unwrap(body); b.Kind == "object" {
		return []*syntax.Node{b}
	}
	var out []*syntax.Node
	desc := body.Descendants()
	for i := range desc {
		r := &desc[i]
		if r.Kind != "return_statement" || enclosingFunction(r) != fn {
			continue
		}
		if kids := r.NamedChildren(); len(kids) == 1 {
			if o := unwrap(kids[0]); o.Kind == "object" {
				out = append(out, o)
			}
		}
	}
	return out
}

// appendMemberSets adds, for a spread variable (...params), the properties assigned to it one by
// one (params.apiKey = k) as named arguments, each at its assignment.
func (f *file) appendMemberSets(args []coderules.Arg, spread *syntax.Node) []coderules.Arg {
	kids := spread.NamedChildren()
	if len(kids) != 1 || kids[0].Kind != "identifier" {
		return args
	}
	return f.appendSets(args, kids[0].Text(), spread.Start)
}

// appendSets adds the properties assigned one by one to variable v before offset at (the
// spread or the call that takes v whole) as named arguments, each at its assignment.
func (f *file) appendSets(args []coderules.Arg, v string, at int) []coderules.Arg {
	for _, set := range f.memberSets[v] {
		left, right := set.ChildByField("left"), set.ChildByField("right")
		if prop := left.ChildByField("property"); prop != nil && right != nil && set.Start < at {
			args = append(args, coderules.Arg{Name: prop.Text(), Value: unwrap(right), Site: set})
		}
	}
	return args
}

// objectHeldBy returns the object literal that the variable used at id holds: the file gives
// the name that one value only (other values elsewhere say nothing certain), declared before
// the use in a scope that holds it, and no parameter of that name between them (the json
// helper's own headers parameter is not the headers object built below it).
func (f *file) objectHeldBy(id *syntax.Node) *syntax.Node {
	vals := f.facts.Assigns[id.Text()]
	if len(vals) != 1 {
		return nil
	}
	o := unwrap(vals[0])
	if o == nil || o.Kind != "object" || inSchema(o) || o.End > id.Start {
		return nil
	}
	if scope := enclosingFunction(o); scope != nil && (id.Start < scope.Start || id.End > scope.End) {
		return nil
	}
	if f.Shadowed(id.Text(), id, o) {
		return nil
	}
	return o
}

// appendEntries adds an options object's properties as named arguments, and those of objects
// nested in it (invoke(input, { configurable: { apiKey } })), a few levels deep; header maps are
// KL104's, read from the call's arguments as they are.
func appendEntries(args []coderules.Arg, obj *syntax.Node, depth int) []coderules.Arg {
	for _, e := range objectEntries(obj) {
		args = append(args, coderules.Arg{Name: e.Key, Value: e.Value, Site: e.Site, Nested: depth > 0})
		if v := unwrap(e.Value); v != nil && v.Kind == "object" && depth < 3 && !strings.Contains(strings.ToLower(e.Key), "header") {
			args = appendEntries(args, v, depth+1)
		}
	}
	return args
}

var headerSetters = map[string]bool{"set": true, "append": true, "setHeader": true, "setRequestHeader": true, "header": true}

// objectEntries lists an object literal's properties: key: value, "key": value and the
// shorthand { apiKey }, whose value is the variable of that name.
func objectEntries(o *syntax.Node) []coderules.Entry {
	var out []coderules.Entry
	for _, p := range o.NamedChildren() {
		switch p.Kind {
		case "pair":
			key := p.ChildByField("key")
			name := key.Text()
			if s, ok := stringValue(key); ok {
				name = s
			}
			out = append(out, coderules.Entry{Key: name, Value: unwrap(p.ChildByField("value")), Site: p})
		case "shorthand_property_identifier":
			out = append(out, coderules.Entry{Key: p.Text(), Value: p, Site: p})
		case "method_definition":
			// get searchKey() { return runtimeValue("searchKey", process.env.AZURE_SEARCH_KEY) }:
			// the property's value is what the getter returns.
			if v := getterValue(p); v != nil {
				out = append(out, coderules.Entry{Key: p.ChildByField("name").Text(), Value: v, Site: p})
			}
		}
	}
	return out
}

// getterValue is the expression a getter whose body is one return statement returns, or nil.
func getterValue(m *syntax.Node) *syntax.Node {
	kids := m.Children()
	if len(kids) == 0 || kids[0].Text() != "get" || m.ChildByField("name") == nil {
		return nil
	}
	body := m.ChildByField("body")
	if body == nil {
		return nil
	}
	var stmts []*syntax.Node
	for _, c := range body.NamedChildren() {
		if c.Kind != "comment" {
			stmts = append(stmts, c)
		}
	}
	if len(stmts) != 1 || stmts[0].Kind != "return_statement" {
		return nil
	}
	if r := stmts[0].NamedChildren(); len(r) == 1 {
		return unwrap(r[0])
	}
	return nil
}

// envRead recognises process.env.X, process.env["X"], Deno.env.get("X") and the names
// destructured from process.env (const { X, Y: y = "" } = process.env); writes are not reads.
func (f *file) envRead(n *syntax.Node) (string, bool) {
	switch n.Kind {
	case "member_expression":
		if obj := n.ChildByField("object"); obj != nil && f.isProcessEnv(obj) {
			return n.ChildByField("property").Text(), true
		}
	case "subscript_expression":
		if obj := n.ChildByField("object"); obj != nil && f.isProcessEnv(obj) {
			return stringValue(n.ChildByField("index"))
		}
	case "shorthand_property_identifier_pattern", "pair_pattern", "object_assignment_pattern":
		pat := n.Parent()
		if pat == nil || pat.Kind != "object_pattern" || envPatternVariable(n) == nil {
			return "", false
		}
		decl := pat.Parent()
		if decl == nil || decl.Kind != "variable_declarator" || pat.Field != "name" {
			return "", false
		}
		if v := decl.ChildByField("value"); v == nil || !f.isProcessEnv(unwrap(v)) {
			return "", false
		}
		switch n.Kind {
		case "pair_pattern":
			key := n.ChildByField("key")
			if s, ok := stringValue(key); ok {
				return s, true
			}
			return key.Text(), true
		case "object_assignment_pattern":
			return n.ChildByField("left").Text(), true
		}
		return n.Text(), true
	case "call_expression":
		if fn := n.ChildByField("function"); fn != nil && (fn.Text() == "Deno.env.get" || fn.Text() == "Bun.env.get") {
			if args := n.ChildByField("arguments").NamedChildren(); len(args) > 0 {
				return stringValue(args[0])
			}
		}
	}
	return "", false
}

// envWrite reports an environment variable being set or removed, not read:
// process.env.X = v, process.env["X"] ??= v, delete process.env.X.
func (f *file) envWrite(n *syntax.Node) bool {
	if n.Kind != "member_expression" && n.Kind != "subscript_expression" {
		return false
	}
	obj := n.ChildByField("object")
	p := n.Parent()
	if obj == nil || p == nil || !f.isProcessEnv(obj) {
		return false
	}
	switch p.Kind {
	case "assignment_expression", "augmented_assignment_expression":
		return n.Field == "left"
	case "unary_expression":
		return strings.HasPrefix(p.Text(), "delete")
	}
	return false
}

// isProcessEnv reports the environment object: process.env, import.meta.env, Bun.env, or a
// variable holding one (const env = process.env).
func (f *file) isProcessEnv(n *syntax.Node) bool {
	t := n.Text()
	if t == "process.env" || t == "import.meta.env" || t == "Bun.env" {
		return true
	}
	if n.Kind != "identifier" {
		return false
	}
	vals := f.facts.Assigns[t]
	if len(vals) != 1 {
		return false
	}
	v := vals[0].Text()
	return v == "process.env" || v == "import.meta.env" || v == "Bun.env"
}

// envPatternVariable is the variable one element of a pattern destructuring the environment
// binds: X in { X }, y in { X: y } and { X = "" }; nil for nested patterns and ...rest.
func envPatternVariable(el *syntax.Node) *syntax.Node {
	switch el.Kind {
	case "shorthand_property_identifier_pattern":
		return el
	case "pair_pattern":
		v := el.ChildByField("value")
		switch {
		case v == nil:
		case v.Kind == "identifier":
			return v
		case v.Kind == "assignment_pattern":
			if l := v.ChildByField("left"); l != nil && l.Kind == "identifier" {
				return l
			}
		}
	case "object_assignment_pattern":
		if l := el.ChildByField("left"); l != nil && l.Kind == "shorthand_property_identifier_pattern" {
			return l
		}
	}
	return nil
}

// fallbackOperator is an operator whose right operand is a default for its left.
func fallbackOperator(op string) bool { return op == "||" || op == "??" }

// literalContext names where a string literal is used: a property, variable, assignment target,
// key credential or header.
func (f *file) literalContext(s *syntax.Node) string {
	n := s
	p := n.Parent()
	// A fallback takes the context of what it falls back for: const KEY = process.env.KEY || '0123...'.
	for p != nil && (p.Kind == "parenthesized_expression" || p.Kind == "as_expression" || p.Kind == "non_null_expression" ||
		p.Kind == "binary_expression" && p.ChildByField("right") == n && fallbackOperator(coderules.OperatorOf(p))) {
		n, p = p, p.Parent()
	}
	if p == nil {
		return ""
	}
	switch p.Kind {
	case "pair":
		if p.ChildByField("value") == n {
			key := p.ChildByField("key")
			if k, ok := stringValue(key); ok {
				return k
			}
			return key.Text()
		}
	case "variable_declarator":
		if p.ChildByField("value") == n {
			return p.ChildByField("name").Text()
		}
	case "public_field_definition", "field_definition":
		// class CognitiveService { computerVisionAPIKey = '...' }
		if name := p.ChildByField("name"); name != nil && p.ChildByField("value") == n {
			return name.Text()
		}
		if prop := p.ChildByField("property"); prop != nil && p.ChildByField("value") == n {
			return prop.Text()
		}
	case "assignment_expression":
		if p.ChildByField("right") == n {
			left := p.ChildByField("left")
			switch left.Kind {
			case "member_expression":
				return left.ChildByField("property").Text()
			case "subscript_expression":
				k, _ := stringValue(left.ChildByField("index"))
				return k
			}
			return left.Text()
		}
	case "arguments":
		call := p.Parent()
		if call == nil {
			return ""
		}
		field := "function"
		if call.Kind == "new_expression" {
			field = "constructor"
		}
		name, _ := f.resolve(call.ChildByField(field))
		args := p.NamedChildren()
		if name == "AzureKeyCredential" {
			return name
		}
		if headerSetters[name] && len(args) >= 2 && args[1] == n {
			h, _ := stringValue(args[0])
			return h
		}
		if stateHooks[name] && len(args) >= 1 && args[0] == n {
			// const [speechKey, setSpeechKey] = useState('0123...'): the state's name.
			if d := call.Parent(); d != nil && d.Kind == "variable_declarator" {
				if v := d.ChildByField("name"); v != nil && v.Kind == "array_pattern" {
					if els := v.NamedChildren(); len(els) > 0 {
						return els[0].Text()
					}
				} else if v != nil {
					return v.Text()
				}
			}
		}
	case "array":
		// ["api-key", "0123..."] inside new Headers([...])
		if kv := p.NamedChildren(); len(kv) == 2 && kv[1] == n {
			h, _ := stringValue(kv[0])
			return h
		}
	}
	return ""
}

// unwrap looks through TypeScript assertions and parentheses: key!, key as string, (key).
func unwrap(n *syntax.Node) *syntax.Node {
	for n != nil {
		switch n.Kind {
		case "non_null_expression", "parenthesized_expression", "as_expression", "satisfies_expression", "type_assertion":
			inner := n.NamedChildren()
			if len(inner) == 0 {
				return n
			}
			n = inner[0]
			if n.Kind == "type_arguments" && len(inner) > 1 {
				n = inner[1]
			}
		default:
			return n
		}
	}
	return n
}

// stringValue returns a string literal's contents, or a template literal's when it has no
// substitutions.
func stringValue(n *syntax.Node) (string, bool) {
	if n == nil || n.Kind != "string" && n.Kind != "template_string" {
		return "", false
	}
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind {
		case "string_fragment", "escape_sequence":
			b.Write(c.Bytes())
		case "template_substitution":
			return "", false
		}
	}
	return b.String(), true
}

func contentSpan(n *syntax.Node) keylint.Span {
	if n.End-n.Start >= 2 {
		return keylint.Span{Start: n.Start + 1, End: n.End - 1}
	}
	return keylint.Span{Start: n.Start, End: n.End}
}

// StringValue implements coderules.Syntax.
func (f *file) StringValue(n *syntax.Node) (string, bool) { return stringValue(unwrap(n)) }

// IsNull implements coderules.Syntax.
func (f *file) IsNull(n *syntax.Node) bool {
	n = unwrap(n)
	return n.Kind == "null" || n.Kind == "undefined" || n.Kind == "identifier" && n.Text() == "undefined"
}

// IsCallable implements coderules.Syntax.
func (f *file) IsCallable(n *syntax.Node) bool {
	switch unwrap(n).Kind {
	case "arrow_function", "function_expression", "function":
		return true
	}
	return false
}

// CallName implements coderules.Syntax.
func (f *file) CallName(n *syntax.Node) string {
	n = unwrap(n)
	switch n.Kind {
	case "call_expression":
		name, _ := f.resolve(calleeOf(n))
		return name
	case "new_expression":
		name, _ := f.resolve(n.ChildByField("constructor"))
		return name
	case "await_expression":
		if inner := n.NamedChildren(); len(inner) == 1 {
			return f.CallName(inner[0])
		}
	}
	return ""
}

// IsVariable implements coderules.Syntax.
func (f *file) IsVariable(n *syntax.Node) bool {
	switch n.Kind {
	case "identifier", "shorthand_property_identifier", "member_expression":
		return n.Text() != "undefined"
	}
	return false
}

// jsFunctionKinds are the grammar's function-like nodes, each a scope for const/let/var and
// parameters.
var jsFunctionKinds = []string{"function_declaration", "function_expression", "arrow_function", "method_definition",
	"generator_function_declaration", "generator_function", "function"}

// LocalScope implements coderules.LocalScoper: the nearest function around at that declares
// name (a const/let/var of its own, or a parameter), or nil for a name of the module. Two
// functions' const apiKey are two variables: createOpenAIService's openai.com key does not
// flow into createAzureService's header.
func (f *file) LocalScope(name string, at *syntax.Node) *syntax.Node {
	for fn := at.Ancestor(jsFunctionKinds...); fn != nil; fn = fn.Ancestor(jsFunctionKinds...) {
		for _, u := range f.pass.Tree.Leaves(name) {
			if u.Kind != "identifier" || u.Start < fn.Start || u.End > fn.End || u.Ancestor(jsFunctionKinds...) != fn {
				continue
			}
			p := u.Parent()
			switch {
			case p == nil:
			case p.Kind == "variable_declarator" && u.Field == "name":
				return fn
			case strings.Contains(p.Kind, "parameter") || p.Kind == "formal_parameters" || p.Kind == "arrow_function" && u.Field == "parameter":
				return fn
			}
		}
	}
	return nil
}
