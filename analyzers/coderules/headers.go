package coderules

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/syntax"
)

// HeaderRewriter proposes the keyless rewrite of a key header (KL104): an Authorization
// header with an Entra ID bearer token for the configured scope. It returns no edits where the
// site has no safe rewrite (no async context for an awaited token, a header map that already
// has an Authorization entry, ...).
type HeaderRewriter interface {
	KeyHeader(h Header) ([]keylint.Edit, string)
}

// headerFix attaches the bearer-token rewrite of a key header when the request goes to a
// service that takes Entra ID tokens for the scope: Azure OpenAI and Azure AI services on their
// own subdomain. keylint sees no URL per request, so it decides for the file: a file that also
// talks to Bing, a regional api.cognitive.microsoft.com endpoint, API Management, AI Search,
// speech or translator endpoints, serverless or Azure ML model endpoints, or another provider
// keeps its key headers (those take keys, or tokens of another scope).
func (r *Rules) headerFix(fd *keylint.Finding, h Header) {
	rw := r.f.HeaderRewriter
	if rw == nil || r.deliberatelyBad(h.Value) {
		return
	}
	var key *syntax.Node
	if h.Value != nil && h.Value != h.Site {
		key = h.Value
	}
	if r.branchFix(fd, h.Site, key) {
		return
	}
	target := r.headerTarget(h)
	if target == azurectx.NoEntraTarget || r.objectsKey(h.Value) || target == azurectx.EntraSetting && !r.ownKey(h.Value) {
		return
	}
	edits, msg := rw.KeyHeader(h)
	if target == azurectx.EntraSetting && len(edits) > 0 {
		msg += "; " + azurectx.SubdomainNote
	}
	r.attachFix(fd, edits, msg, key)
}

// ownKey reports a header value that is the program's own key, not one its caller handed it
// (a library's key path): it is read from a setting or written as a literal in this file,
// directly or through variables; or it is a plain variable (a parameter of a sample's helper)
// in a file that reads a key setting itself. A field of an object (self.key, this.key,
// options.key) that comes from neither is the caller's: a DefaultAzureCredential of the
// library's own would ignore what the caller chose.
func (r *Rules) ownKey(v *syntax.Node) bool {
	if v == nil {
		return true // curl -H "api-key: $KEY": a script's own setting
	}
	if r.keyOrigin(v, newTrace()) {
		return true
	}
	if strings.ContainsAny(v.Text(), ".[") || !r.f.Syntax.IsVariable(v) {
		return false
	}
	for _, e := range r.f.EnvReads {
		if azurectx.IsKeyLikeName(e.Name) {
			return true
		}
	}
	return false
}

// objectsKey reports a header value that is a field of the object itself (self.api_key,
// this.apiKey, a C# or Java field or property _apiKey), directly or through the local
// variables it is assigned from (key = self._key), and is neither read from a setting nor
// written as a literal in the file: an SDK's or client class's key path, sending the key its
// caller configured (openai's AzureOpenAI, a wrapper class). A DefaultAzureCredential of its
// own would ignore the caller's choice, and the class usually has its token path beside it.
func (r *Rules) objectsKey(v *syntax.Node) bool {
	if v == nil || !r.f.Syntax.IsVariable(v) || r.keyOrigin(v, newTrace()) {
		return false
	}
	return r.memberValue(v, newTrace())
}

// memberValue reports a variable that is an object's member or is assigned from one.
func (r *Rules) memberValue(v *syntax.Node, tr *trace) bool {
	t := v.Text()
	if strings.HasPrefix(t, "self.") || strings.HasPrefix(t, "this.") || classMember(v) {
		return true
	}
	if !tr.enter(v) {
		return false
	}
	defer tr.leave()
	for _, val := range r.ValuesOf(t) {
		if r.f.Syntax.IsVariable(val) && r.memberValue(val, tr) {
			return true
		}
	}
	return false
}

// classKinds are the C# and Java type declarations whose fields a method names bare.
var classKinds = []string{"class_declaration", "struct_declaration", "record_declaration", "record_struct_declaration"}

// classMember reports a bare identifier that names a field or property of the class around it
// (C#, Java: private string _apiKey; ... Headers.Add("api-key", _apiKey)), or a C# primary
// constructor's parameter, or an _underscored name used in a class (a field by convention:
// declared in another part of a partial class).
func classMember(v *syntax.Node) bool {
	if v.Kind != "identifier" {
		return false
	}
	class := v.Ancestor(classKinds...)
	if class == nil {
		return false
	}
	name := v.Text()
	if strings.HasPrefix(name, "_") {
		return true
	}
	if params := class.ChildOfKind("parameter_list"); params != nil {
		for _, p := range params.NamedChildren() {
			if declaredName(p) == name {
				return true
			}
		}
	}
	desc := class.Descendants()
	for i := range desc {
		n := &desc[i]
		switch n.Kind {
		case "variable_declarator":
			decl := n.Ancestor("field_declaration", "local_declaration_statement", "local_variable_declaration", "method_declaration", "constructor_declaration")
			if decl != nil && decl.Kind == "field_declaration" && declaredName(n) == name {
				return true
			}
		case "property_declaration":
			if declaredName(n) == name {
				return true
			}
		}
	}
	return false
}

// declaredName is the name a declarator, property or parameter declares.
func declaredName(n *syntax.Node) string {
	if id := n.ChildByField("name"); id != nil {
		return id.Text()
	}
	if id := n.ChildOfKind("identifier"); id != nil {
		return id.Text()
	}
	return ""
}

// keyOrigin reports an expression that reads a setting or is a string literal, directly or
// through the variables it is assigned from.
func (r *Rules) keyOrigin(v *syntax.Node, tr *trace) bool {
	if v == nil {
		return false
	}
	if _, ok := r.f.Syntax.StringValue(v); ok {
		return true
	}
	found := false
	look := func(n *syntax.Node) {
		if found {
			return
		}
		if r.reads[n] {
			found = true
		} else if r.f.Syntax.IsVariable(n) && tr.enter(n) {
			for _, val := range r.ValuesAt(n) {
				if r.keyOrigin(val, tr) {
					found = true
					break
				}
			}
			tr.leave()
		}
	}
	look(v)
	desc := v.Descendants()
	for i := range desc {
		look(&desc[i])
	}
	return found
}

// credentialHeaderFix attaches the rewrite of the key credential whose header map holds h
// (ApiKeyCredentials({ inHeader: {...} }) reported as the header alone, its KL101 dismissed):
// the credential's rewrite is the header's. It reports whether there was one.
func (r *Rules) credentialHeaderFix(fd *keylint.Finding, h Header) bool {
	outer := r.enclosingCall(h.Site)
	if outer == nil || !IsKeyCredentialName(outer.Name) || r.f.Rewriter == nil || h.Value == nil || r.serviceOf(outer.Node, h.Value) != azureService {
		return false
	}
	edits, msg := r.f.Rewriter.KeyCredential(outer)
	if len(edits) == 0 {
		return false
	}
	r.attachFix(fd, edits, msg, h.Value)
	return true
}

func (r *Rules) headerTarget(h Header) azurectx.HeaderTarget {
	var names []string
	r.visitReads(h.Value, newTrace(), func(read *syntax.Node, _ bool) {
		if name := r.readNameOf(read); name != "" {
			names = append(names, name)
		}
	})
	// HeaderTargetOf reads the whole file: once per header name and reads, not per header.
	key := strings.ToLower(strings.TrimSpace(h.Name)) + "\x00" + strings.Join(names, "\x00")
	if t, ok := r.targets[key]; ok {
		return t
	}
	if r.targets == nil {
		r.targets = map[string]azurectx.HeaderTarget{}
	}
	t := azurectx.HeaderTargetOf(r.pass.Src, h.Name, names)
	r.targets[key] = t
	return t
}

// TokenResource is the resource of the token scope, for tools that take a resource rather
// than a scope (az account get-access-token --resource).
func TokenResource(scope string) string {
	return strings.TrimSuffix(strings.TrimSuffix(scope, "/.default"), "/")
}
