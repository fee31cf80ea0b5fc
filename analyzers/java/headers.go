package java

import (
	"strconv"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/coderules"
	"github.com/keylint/keylint/syntax"
)

// headerSetters are the header methods whose value is one string: java.net.http's
// header/setHeader, HttpURLConnection's setRequestProperty, OkHttp's header/addHeader, Apache
// HttpClient's setHeader/addHeader, Spring's HttpHeaders set/add.
var headerSetters = map[string]bool{
	"header": true, "setHeader": true, "addHeader": true, "setRequestProperty": true, "addRequestProperty": true,
	"set": true, "add": true,
}

// KeyHeader implements coderules.HeaderRewriter: header("api-key", key) becomes
// header("Authorization", "Bearer " + a DefaultAzureCredential token), fetched where the
// header is set.
func (f *file) KeyHeader(h coderules.Header) ([]keylint.Edit, string) {
	call := h.Site.Parent()
	if call == nil || call.Kind != "method_invocation" || !headerSetters[h.Site.Text()] {
		return nil, ""
	}
	args := argList(call)
	if len(args) != 2 || args[0].Kind != "string_literal" {
		return nil, ""
	}
	token := `"Bearer " + new DefaultAzureCredentialBuilder().build().getTokenSync(new TokenRequestContext().addScopes(` +
		strconv.Quote(f.pass.Opts.Scope) + `)).getToken()`
	edits := []keylint.Edit{{Start: args[0].Start, End: args[0].End, New: `"Authorization"`}, {Start: args[1].Start, End: args[1].End, New: token}}
	edits = append(edits, f.addImports("com.azure.identity.DefaultAzureCredentialBuilder", "com.azure.core.credential.TokenRequestContext")...)
	return edits, "Send a DefaultAzureCredential bearer token instead of the key"
}

// declarativeHeaderAnnotations name a header on a method or parameter of a declarative HTTP
// client: Spring's @RequestHeader (OpenFeign, @HttpExchange), Retrofit's @Header and
// @Headers("name: value"), OpenFeign's own @Headers.
var declarativeHeaderAnnotations = map[string]bool{"RequestHeader": true, "Header": true, "Headers": true}

// declarativeHeader records the header a declarative HTTP client interface sends:
// list(@RequestHeader("api-key") String key) in a @FeignClient interface is a request carrying
// the key. The same annotation in a class (a Spring controller) reads a header the server
// receives from its own callers, which authenticates no call, so only interfaces count.
func (f *file) declarativeHeader(n *syntax.Node) {
	name := n.ChildByField("name")
	if name == nil || !declarativeHeaderAnnotations[name.Text()[strings.LastIndexByte(name.Text(), '.')+1:]] || !inInterface(n) {
		return
	}
	args := n.ChildByField("arguments")
	if args == nil {
		return
	}
	for _, v := range annotationStrings(args) {
		h := v
		if name.Text() == "Headers" || strings.HasSuffix(name.Text(), ".Headers") {
			h, _, _ = strings.Cut(v, ":") // "api-key: {key}"
		}
		f.facts.Headers = append(f.facts.Headers, coderules.Header{Name: strings.TrimSpace(h), Site: n})
	}
}

// annotationStrings returns the string values an annotation names its header by: the single
// value ("api-key"), value = / name = pairs, and array initialisers of either.
func annotationStrings(args *syntax.Node) []string {
	var out []string
	var add func(v *syntax.Node)
	add = func(v *syntax.Node) {
		switch v.Kind {
		case "element_value_array_initializer":
			for _, e := range v.NamedChildren() {
				add(e)
			}
		default:
			if s, ok := stringValue(v); ok {
				out = append(out, s)
			}
		}
	}
	for _, a := range args.NamedChildren() {
		if a.Kind != "element_value_pair" {
			add(a)
			continue
		}
		if k := a.ChildByField("key"); k != nil && (k.Text() == "value" || k.Text() == "name") {
			if v := a.ChildByField("value"); v != nil {
				add(v)
			}
		}
	}
	return out
}

// inInterface reports a node whose nearest enclosing type declaration is an interface.
func inInterface(n *syntax.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind {
		case "interface_declaration":
			return true
		case "class_declaration", "record_declaration", "enum_declaration", "annotation_type_declaration":
			return false
		}
	}
	return false
}
