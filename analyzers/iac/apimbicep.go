package iac

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/gateway"
)

var (
	// anyResourceRE is any resource declaration, nested child types ('backends') included.
	anyResourceRE = newLineRE("resource", `resource[ \t]+([A-Za-z_]\w*)[ \t]+'([^']+)'[^=\r\n]*=`)
	apiKeyPropRE  = regexp.MustCompile(`(?m)^[ \t]*(?:'api-key'|"api-key")[ \t]*:`)
	endpointRefRE = regexp.MustCompile(`\b([A-Za-z_]\w*)(?:\[[^\]]*\])?\.properties\.endpoint\b`)
)

// bicepPolicies returns the policy documents held in the file's string literals ('...' and
// ”'...”'): a resource's properties.value, a param default, a var.
func (b *bicep) bicepPolicies() []*gateway.Text {
	var out []*gateway.Text
	for i := 0; i < len(b.code); {
		if b.code[i] != '\'' {
			i++
			continue
		}
		t, next := gateway.BicepString(b.src, i)
		if isPolicyText(t) {
			out = append(out, t)
		}
		i = max(next, i+1)
	}
	return out
}

// bicepBackends reads the APIM backends a Bicep file declares.
func bicepBackends(src []byte) []backendDecl {
	b := &bicep{src: src, code: maskBicep(src), decls: map[string]string{}}
	b.readDecls()
	decls, _ := b.backends()
	return decls
}

func (b *bicep) readDecls() {
	// A param and a var of one name do not compile, so the two kinds' order does not matter.
	for _, re := range []*lineRE{paramDeclRE, varDeclRE} {
		for _, m := range re.findAll(b.code) {
			end := m[5]
			if v := bytes.TrimRight(b.code[m[4]:m[5]], " \t"); len(v) > 0 && v[len(v)-1] == '(' {
				// var roleId = subscriptionResourceId(\n  'Microsoft.Authorization/roleDefinitions',\n  'a97b...'\n)
				if close := matchParen(b.code, m[4]+len(v)-1); close > 0 {
					end = close + 1
				}
			}
			b.decls[string(b.code[m[2]:m[3]])] = strings.TrimSpace(string(b.code[m[4]:end]))
		}
	}
}

// backends reads the backend resources, and the credential headers that carry api-key.
func (b *bicep) backends() ([]backendDecl, []keylint.Span) {
	accounts := map[string]bool{}
	for _, m := range resourceRE.findAll(b.code) {
		if isCognitiveAccountType(string(b.code[m[4]:m[5]])) {
			accounts[string(b.code[m[2]:m[3]])] = true
		}
	}
	var decls []backendDecl
	var keys []keylint.Span
	for _, m := range anyResourceRE.findAll(b.code) {
		if !isBackendType(string(b.code[m[4]:m[5]])) {
			continue
		}
		open := indexByteFrom(b.code, m[1], '{')
		if open < 0 {
			continue
		}
		close := matchBrace(b.code, open)
		if close < 0 {
			continue
		}
		d := backendDecl{names: []string{strings.ToLower(string(b.code[m[2]:m[3]]))}}
		if v, _, _, ok := b.property(open, close, "name"); ok {
			if lit := b.literal(v); lit != "" {
				d.names = append(d.names, strings.ToLower(lit))
			}
		}
		what := ""
		if _, vs, _, ok := b.property(open, close, "properties"); ok && vs < len(b.code) && b.code[vs] == '{' {
			pClose := matchBrace(b.code, vs)
			if pClose > 0 {
				if v, _, _, ok := b.property(vs, pClose, "url"); ok {
					what += " " + b.resolveAll(v)
					for _, r := range endpointRefRE.FindAllStringSubmatch(v, -1) {
						if accounts[r[1]] {
							what += " cognitiveservices"
						}
					}
				}
				if _, cs, _, ok := b.property(vs, pClose, "credentials"); ok && cs < len(b.code) && b.code[cs] == '{' {
					if cClose := matchBrace(b.code, cs); cClose > 0 {
						what += " " + string(b.code[cs:cClose])
						keys = append(keys, b.headerKeys(cs, cClose)...)
					}
				}
			}
		}
		d.AI, d.Search = backendAI(what)
		decls = append(decls, d)
	}
	return decls, keys
}

// headerKeys finds 'api-key' directly inside credentials.header.
func (b *bicep) headerKeys(open, close int) []keylint.Span {
	_, hs, _, ok := b.property(open, close, "header")
	if !ok || hs >= len(b.code) {
		return nil
	}
	if b.code[hs] != '{' {
		// header: useIdentity ? null : { 'api-key': ... }: the object of a conditional, on
		// the property's line.
		eol := bytes.IndexByte(b.code[hs:], '\n')
		if eol < 0 {
			eol = len(b.code) - hs
		}
		i := bytes.IndexByte(b.code[hs:hs+eol], '{')
		if i < 0 || !bytes.ContainsAny(b.code[hs:hs+i], "?:") {
			return nil
		}
		hs += i
	}
	hClose := matchBrace(b.code, hs)
	if hClose < 0 {
		return nil
	}
	var out []keylint.Span
	body := b.code[hs+1 : hClose]
	for _, m := range apiKeyPropRE.FindAllIndex(body, -1) {
		if braceDepth(body[:m[0]]) != 0 {
			continue
		}
		start := hs + 1 + m[0] + leadingSpace(body[m[0]:])
		out = append(out, keylint.Span{Start: start, End: hs + 1 + m[1] - 1})
	}
	return out
}

// literal returns a plain string literal's value ('x', or a param/var whose default is one).
func (b *bicep) literal(v string) string {
	if d, ok := b.decls[v]; ok {
		v = d
	}
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' && !strings.ContainsAny(v[1:len(v)-1], "'$") {
		return v[1 : len(v)-1]
	}
	return ""
}

// apim runs the gateway rules on the file's policies and reports backend key credentials.
func (b *bicep) apim() {
	decls, keys := b.backends()
	for _, k := range keys {
		reportBackendKey(b.pass, k)
	}
	checkPolicies(b.pass, b.bicepPolicies(), newIndex(decls))
}
