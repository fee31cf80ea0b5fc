package iac

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/gateway"
	"github.com/keylint/keylint/analyzers/settings"
	"github.com/keylint/keylint/check"
)

// armPolicies returns the policy documents a JSON string holds: the string itself, or the
// single-quoted literals of an ARM expression ("[replace('<policies>...', ...)]"). Templates
// compiled from Bicep hold loadTextContent() files as such strings.
func (a *arm) armPolicies(n *yaml.Node) []*gateway.Text {
	if n.Style&yaml.DoubleQuotedStyle == 0 || !strings.Contains(n.Value, "<policies") && !strings.Contains(n.Value, "<fragment") {
		return nil
	}
	t := gateway.JSONString(a.pass.Src, a.offset(n.Line, n.Column))
	if t == nil {
		return nil
	}
	if isPolicyText(t) {
		return []*gateway.Text{t}
	}
	var out []*gateway.Text
	for _, lit := range gateway.ARMLiterals(t) {
		if isPolicyText(lit) {
			out = append(out, lit)
		}
	}
	return out
}

// armBackend reads a Microsoft.ApiManagement/service/backends resource, and returns the keys of
// its credential headers named api-key.
func (a *arm) armBackend(res *yaml.Node) (backendDecl, []*yaml.Node) {
	var d backendDecl
	if name := get(res, "name"); name != nil && name.Kind == yaml.ScalarNode {
		if n := a.lastSegment(name.Value); n != "" {
			d.names = append(d.names, strings.ToLower(n))
		}
	}
	var keys []*yaml.Node
	what := ""
	props := get(res, "properties")
	if u := get(props, "url"); u != nil && u.Kind == yaml.ScalarNode {
		what += " " + a.resolve(u.Value)
	}
	if cred := get(props, "credentials"); cred != nil {
		if h := get(cred, "header"); h != nil && h.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(h.Content); i += 2 {
				if strings.EqualFold(h.Content[i].Value, "api-key") {
					keys = append(keys, h.Content[i])
					what += " api-key"
				}
			}
		}
		if mi := get(cred, "managedIdentity"); mi != nil {
			if r := get(mi, "resource"); r != nil {
				what += " " + r.Value
			}
		}
	}
	d.AI, d.Search = backendAI(what)
	return d, keys
}

// lastSegment is a resource name's last segment ("apim/openai-backend" gives openai-backend),
// through parameters and variables.
func (a *arm) lastSegment(v string) string {
	if strings.HasPrefix(v, "[") {
		v = a.resolve(v)
		// The last literal or resolved value of the expression is the child's own name.
		fields := strings.FieldsFunc(v, func(r rune) bool { return r == '\'' || r == ' ' || r == ',' || r == '(' || r == ')' || r == ']' })
		if len(fields) == 0 {
			return ""
		}
		v = fields[len(fields)-1]
	}
	if i := strings.LastIndexByte(v, '/'); i >= 0 {
		v = v[i+1:]
	}
	if strings.ContainsAny(v, "[]()'{}") {
		return ""
	}
	return v
}

// resolve appends the defaults of the parameters and variables an expression names.
func (a *arm) resolve(text string) string {
	for _, m := range armRefRE.FindAllStringSubmatch(text, -1) {
		text += " " + a.defaultOf(m[1], m[2])
	}
	return text
}

// armBackends reads the APIM backends an ARM template declares.
func armBackends(src []byte) []backendDecl {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(settings.BlankJSONComments(src))).Decode(&doc); err != nil || len(doc.Content) == 0 {
		return nil
	}
	a := &arm{pass: &check.Pass{Src: src}, root: doc.Content[0], lines: lineStarts(src)}
	var decls []backendDecl
	stack := []*yaml.Node{a.root}
	for steps := 0; len(stack) > 0 && steps < 1<<20; steps++ {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == nil || n.Kind == yaml.AliasNode {
			continue
		}
		if t := get(n, "type"); t != nil && isBackendType(t.Value) {
			d, _ := a.armBackend(n)
			decls = append(decls, d)
		}
		stack = append(stack, n.Content...)
	}
	return decls
}

func (a *arm) keySpan(k *yaml.Node) keylint.Span { return a.span(k) }
