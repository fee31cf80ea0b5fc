// Package java checks Java for key-based authentication to Azure OpenAI and Azure AI services.
// Builder chains are the Java idiom, so a chain such as
// new OpenAIClientBuilder().credential(c).endpoint(e).buildClient() becomes one
// coderules.Call named after its builder, with each chained method as a named argument.
package java

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/syntax"
)

// Checker implements check.Checker for Java.
type Checker struct{}

// Langs returns the languages this checker reads.
func (Checker) Langs() []keylint.Lang { return []keylint.Lang{keylint.Java} }

// Check runs the code rules on one file.
func (Checker) Check(p *check.Pass) {
	if p.Tree == nil || p.Tree.Root() == nil {
		return
	}
	f := &file{pass: p, imports: map[string]string{}}
	f.facts = &coderules.Facts{Syntax: f, Rewriter: f, HeaderRewriter: f, Assigns: map[string][]*syntax.Node{}, Funcs: map[string]bool{}, LocalTypes: map[string]bool{}}
	f.collect()
	coderules.New(p, f.facts).Run()
}

type file struct {
	pass       *check.Pass
	facts      *coderules.Facts
	imports    map[string]string // simple name -> fully qualified
	importMemo coderules.ImportMemo
}

func (f *file) collect() {
	markers := f.pass.Opts.Markers
	var creations, invocations, ctorCalls, strs []*syntax.Node
	f.pass.Tree.Walk(func(n *syntax.Node) {
		switch n.Kind {
		case "import_declaration":
			if id := n.ChildOfKind("scoped_identifier"); id != nil {
				full := id.Text()
				f.imports[full[strings.LastIndexByte(full, '.')+1:]] = full
				if strings.HasPrefix(full, "com.azure.") {
					f.facts.Azure = true
				}
			}
		case "variable_declarator":
			if name, value := n.ChildByField("name"), n.ChildByField("value"); name != nil && value != nil {
				f.facts.Assigns[name.Text()] = append(f.facts.Assigns[name.Text()], value)
			}
		case "assignment_expression":
			if left, right := n.ChildByField("left"), n.ChildByField("right"); left != nil && right != nil {
				f.facts.Assigns[left.Text()] = append(f.facts.Assigns[left.Text()], right)
				if fld := left.ChildByField("field"); left.Kind == "field_access" && fld != nil {
					f.facts.Assigns[fld.Text()] = append(f.facts.Assigns[fld.Text()], right)
				}
			}
		case "method_declaration":
			if name := n.ChildByField("name"); name != nil {
				f.facts.Funcs[name.Text()] = true
			}
		case "class_declaration", "record_declaration":
			if name := n.ChildByField("name"); name != nil {
				f.facts.LocalTypes[name.Text()] = true
			}
		case "object_creation_expression":
			creations = append(creations, n)
		case "method_invocation":
			invocations = append(invocations, n)
		case "explicit_constructor_invocation":
			ctorCalls = append(ctorCalls, n)
		case "annotation":
			f.declarativeHeader(n)
		case "string_literal", "text_block":
			strs = append(strs, n)
		case "identifier", "type_identifier", "string_fragment":
			if !f.facts.Azure && markers.In(n.Text()) {
				f.facts.Azure = true
			}
		}
		if name, ok := f.envRead(n); ok {
			f.facts.EnvReads = append(f.facts.EnvReads, coderules.EnvRead{Name: name, Node: n})
		}
	})
	for _, n := range creations {
		name, azure := f.typeName(n.ChildByField("type"))
		c := &coderules.Call{Node: n, Name: name, Azure: azure}
		for _, a := range argList(n) {
			c.Args = append(c.Args, coderules.Arg{Value: a, Site: a})
		}
		f.facts.Calls = append(f.facts.Calls, c)
	}
	for _, n := range invocations {
		f.addInvocation(n)
	}
	for _, n := range ctorCalls {
		f.addConstructorCall(n)
	}
	for _, s := range strs {
		if v, ok := stringValue(s); ok {
			f.facts.Literals = append(f.facts.Literals, coderules.Literal{
				Node: s, Value: v, Content: contentSpan(s), Context: f.literalContext(s),
			})
		}
	}
}

// typeName resolves a type to its simple name and whether it comes from com.azure.
func (f *file) typeName(t *syntax.Node) (string, bool) {
	if t == nil {
		return "", false
	}
	text := t.Text()
	if i := strings.IndexByte(text, '<'); i >= 0 {
		text = text[:i]
	}
	full := text
	if q, ok := f.imports[text]; ok {
		full = q
	}
	if i := strings.LastIndexByte(text, '.'); i >= 0 {
		text = text[i+1:]
	}
	// com.azure.*, and the Speech SDK's com.microsoft.cognitiveservices.speech.
	return text, azurectx.IsAzureModule(full)
}

// constantString is a string literal, or a name (a constant of the file: HEADER_NAME_API_KEY)
// assigned only literals, the last of them.
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

// addInvocation records the outermost call of a builder chain as one call, and single calls
// that set headers.
func (f *file) addInvocation(n *syntax.Node) {
	name := n.ChildByField("name")
	if name == nil {
		return
	}
	// header("api-key", k), setHeader, addHeader, setRequestProperty, headers.set/add/put
	if headerMethods[name.Text()] || coderules.HeaderSetterName(name.Text()) {
		if args := argList(n); len(args) >= 2 {
			if h, ok := f.constantString(args[0]); ok {
				f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: h, Value: args[1], Site: name, NameNode: args[0]})
			}
		}
	}
	root, links := chain(n)
	if root == nil {
		f.addPlainCall(n, name)
		return
	}
	if p := n.Parent(); p != nil && p.Kind == "method_invocation" && n.Field == "object" {
		return // inside a builder chain: the outermost call records it
	}
	var cname string
	var azure bool
	switch root.Kind {
	case "object_creation_expression": // new OpenAIClientBuilder()...
		cname, azure = f.typeName(root.ChildByField("type"))
	case "method_invocation": // AzureOpenAiChatModel.builder()...
		if obj := root.ChildByField("object"); obj != nil {
			cname, azure = f.typeName(obj)
		}
	}
	if cname == "" || len(links) == 0 {
		return
	}
	c := &coderules.Call{Node: n, Name: cname, Azure: azure}
	for _, l := range links {
		args := argList(l)
		var v *syntax.Node
		if len(args) > 0 {
			v = args[0]
		}
		c.Args = append(c.Args, coderules.Arg{Name: setterName(l.ChildByField("name").Text()), Value: v, Site: l.ChildByField("name")})
	}
	f.facts.Calls = append(f.facts.Calls, c)
}

// addConstructorCall records this(...) as a call of the enclosing class and super(...) as one of
// its superclass: new AzureCosmosDBNoSqlMemoryStore(...) delegating to another constructor.
func (f *file) addConstructorCall(n *syntax.Node) {
	class := n.Parent()
	for class != nil && class.Kind != "class_declaration" && class.Kind != "record_declaration" && class.Kind != "enum_declaration" {
		class = class.Parent()
	}
	if class == nil {
		return
	}
	var name string
	var azure bool
	switch ctor := n.ChildByField("constructor"); {
	case ctor != nil && ctor.Text() == "this":
		name = class.ChildByField("name").Text()
	case class.ChildByField("superclass") != nil:
		if ts := class.ChildByField("superclass").NamedChildren(); len(ts) > 0 {
			name, azure = f.typeName(ts[0])
		}
	}
	if name == "" {
		return
	}
	c := &coderules.Call{Node: n, Name: name, Azure: azure}
	for _, a := range argList(n) {
		c.Args = append(c.Args, coderules.Arg{Value: a, Site: a})
	}
	f.facts.Calls = append(f.facts.Calls, c)
}

// addPlainCall records a call that is not a builder chain, setupClient(endpoint, key) or
// factory.create(key), with its arguments by position: the generic sink rules decide.
func (f *file) addPlainCall(n, name *syntax.Node) {
	args := argList(n)
	if len(args) == 0 {
		return
	}
	c := &coderules.Call{Node: n, Name: name.Text()}
	if obj := n.ChildByField("object"); obj != nil && obj.Kind == "identifier" && startsUpper(obj.Text()) {
		// A static factory: AzureApiKeyCredential.create(k), ComputerVisionManager.authenticate(k).
		t, azure := f.typeName(obj)
		c.Name, c.Azure = t+"."+name.Text(), azure
		// Samples.getClient(apiKey) of a class this file declares: the program's own method,
		// whose body (here) is where the key reaches a client.
		c.Own = !azure && f.facts.LocalTypes[obj.Text()]
	}
	for _, a := range args {
		c.Args = append(c.Args, coderules.Arg{Value: a, Site: a})
	}
	f.facts.Calls = append(f.facts.Calls, c)
}

func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// setterName reads a bean setter as the property it sets: setApiKey is apiKey.
func setterName(method string) string {
	if len(method) > 3 && strings.HasPrefix(method, "set") && method[3] >= 'A' && method[3] <= 'Z' {
		return strings.ToLower(method[3:4]) + method[4:]
	}
	return method
}

var headerMethods = map[string]bool{
	"header": true, "setHeader": true, "addHeader": true, "defaultHeader": true, "setRequestProperty": true, "addRequestProperty": true,
	"set": true, "add": true, "put": true,
}

// chain walks a.b().c().d() down to its root: a builder creation (new XBuilder()) or a static
// builder()/newBuilder() call. It returns the root and the chained calls after it, in order.
func chain(n *syntax.Node) (*syntax.Node, []*syntax.Node) {
	var links []*syntax.Node
	for cur := n; cur != nil && cur.Kind == "method_invocation"; {
		obj := cur.ChildByField("object")
		name := cur.ChildByField("name").Text()
		if obj == nil {
			return nil, nil
		}
		if obj.Kind == "object_creation_expression" {
			links = append(links, cur)
			reverse(links)
			return obj, links
		}
		if name == "builder" || name == "newBuilder" {
			reverse(links)
			return cur, links
		}
		links = append(links, cur)
		cur = obj
	}
	return nil, nil
}

func reverse(s []*syntax.Node) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func argList(n *syntax.Node) []*syntax.Node {
	a := n.ChildByField("arguments")
	if a == nil {
		return nil
	}
	return a.NamedChildren()
}

// envRead recognises System.getenv("X") (also statically imported), Azure's
// Configuration.getGlobalConfiguration().get("X"), and Spring's @Value("${x.y}").
func (f *file) envRead(n *syntax.Node) (string, bool) {
	switch n.Kind {
	case "method_invocation":
		name := n.ChildByField("name")
		obj := n.ChildByField("object")
		args := argList(n)
		if name == nil || len(args) == 0 {
			return "", false
		}
		switch {
		case name.Text() == "getenv" && (obj == nil && f.imports["getenv"] == "java.lang.System.getenv" || obj != nil && obj.Text() == "System"):
			return stringValue(args[0])
		case name.Text() == "get" && obj != nil && strings.HasSuffix(obj.Text(), "getGlobalConfiguration()"):
			return stringValue(args[0])
		case name.Text() == "get" && obj != nil && strings.Contains(strings.ToLower(obj.Text()), "dotenv"):
			return stringValue(args[0]) // dotenv-java: dotenv.get("X")
		case name.Text() == "getProperty" && obj != nil && obj.Text() == "System":
			return stringValue(args[0]) // -Dazure.openai.key=...
		}
	case "annotation":
		if n.ChildByField("name").Text() == "Value" {
			if args := n.ChildByField("arguments"); args != nil && len(args.NamedChildren()) == 1 {
				if s, ok := stringValue(args.NamedChildren()[0]); ok && strings.HasPrefix(s, "${") {
					name, _, _ := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(s, "${"), "}"), ":")
					return name, true
				}
			}
		}
	}
	return "", false
}

// literalContext names where a string literal is used: a variable, field, builder method,
// key credential or header.
func (f *file) literalContext(s *syntax.Node) string {
	p := s.Parent()
	if p == nil {
		return ""
	}
	switch p.Kind {
	case "variable_declarator":
		return p.ChildByField("name").Text()
	case "assignment_expression":
		left := p.ChildByField("left")
		if fld := left.ChildByField("field"); left.Kind == "field_access" && fld != nil {
			return fld.Text()
		}
		return left.Text()
	case "argument_list":
		call := p.Parent()
		if call == nil {
			return ""
		}
		args := p.NamedChildren()
		switch call.Kind {
		case "object_creation_expression":
			name, _ := f.typeName(call.ChildByField("type"))
			if name == "AzureKeyCredential" || name == "KeyCredential" {
				return name
			}
		case "method_invocation":
			name := call.ChildByField("name").Text()
			if headerMethods[name] && len(args) >= 2 && args[1] == s {
				h, _ := stringValue(args[0])
				return h
			}
			if len(args) == 1 {
				return name // builder.apiKey("...")
			}
		}
	}
	return ""
}

// stringValue returns the contents of a string literal or text block.
func stringValue(n *syntax.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	switch n.Kind {
	case "string_literal":
		var b strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Kind == "string_fragment" || c.Kind == "escape_sequence" {
				b.Write(c.Bytes())
			}
		}
		return b.String(), true
	case "text_block":
		t := n.Text()
		if len(t) >= 6 {
			return strings.TrimSpace(t[3 : len(t)-3]), true
		}
	}
	return "", false
}

func contentSpan(n *syntax.Node) keylint.Span {
	q := 1
	if n.Kind == "text_block" {
		q = 3
	}
	if n.End-n.Start >= 2*q {
		return keylint.Span{Start: n.Start + q, End: n.End - q}
	}
	return keylint.Span{Start: n.Start, End: n.End}
}

// StringValue implements coderules.Syntax.
func (f *file) StringValue(n *syntax.Node) (string, bool) { return stringValue(n) }

// IsNull implements coderules.Syntax.
func (f *file) IsNull(n *syntax.Node) bool { return n.Kind == "null_literal" }

// IsCallable implements coderules.Syntax.
func (f *file) IsCallable(n *syntax.Node) bool {
	return n.Kind == "lambda_expression" || n.Kind == "method_reference"
}

// CallName implements coderules.Syntax.
func (f *file) CallName(n *syntax.Node) string {
	switch n.Kind {
	case "object_creation_expression":
		name, _ := f.typeName(n.ChildByField("type"))
		return name
	case "method_invocation":
		if name := n.ChildByField("name"); name != nil {
			return name.Text()
		}
	}
	return ""
}

// IsVariable implements coderules.Syntax.
func (f *file) IsVariable(n *syntax.Node) bool {
	switch n.Kind {
	case "identifier":
		p := n.Parent()
		return p == nil || !(p.Kind == "method_invocation" && n.Field == "name") && !(p.Kind == "field_access" && n.Field == "field")
	case "field_access":
		return true
	}
	return false
}
