// Package gateway checks Azure API Management policies in front of Azure OpenAI and other
// Azure AI services: a gateway that authenticates to the backend with the service's key
// (KL304), and one that forwards to such a backend while accepting callers with an APIM
// subscription key alone (KL305). Policies are read by parsers/apimpolicy, from stand-alone
// policy files (Checker) or from strings in Bicep, ARM and Terraform (Check, called by
// analyzers/iac with the string decoded and mapped back to the file).
package gateway

import (
	"errors"
	"fmt"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/parsers/apimpolicy"
)

// Backend is an APIM backend that infrastructure code defines.
type Backend struct {
	// AI says its URL or credentials point at Azure OpenAI / Azure AI services.
	AI bool
	// Search says it is Azure AI Search (a managed identity asks for https://search.azure.com).
	Search bool
}

// Index answers what the code around a policy defines: APIM backends and policy fragments.
type Index interface {
	// Lookup finds the backend a set-backend-service backend-id names (as written, which in
	// IaC may be an interpolation such as ${azurerm_api_management_backend.x.name}).
	Lookup(id string) (Backend, bool)
	// AnyAI reports that some backend there points at Azure AI.
	AnyAI() bool
	// Fragment finds the policy fragment an include-fragment names, and says whether it
	// validates an Entra ID token.
	Fragment(id string) (validates, found bool)
	// Templated says where a templated backend id ({backend-id}) of the policy file at path
	// leads, as the code that loads the file fills it in: known is false when nothing does.
	Templated(path, id string) (ai, known bool)
}

// Tree finds what the tree a file belongs to defines.
type Tree interface {
	Index(path string) Index
}

// Resources a managed identity asks a token for.
const (
	cognitiveResource = "https://cognitiveservices.azure.com"
	searchResource    = "https://search.azure.com"
)

// ValidateBlock is the inbound policy KL305 asks for, on one line.
const ValidateBlock = `<validate-azure-ad-token tenant-id="{{tenant-id}}"><audiences><audience>https://cognitiveservices.azure.com</audience></audiences></validate-azure-ad-token>`

// Check reports KL304, KL305 (and KL106 for a classic key written into a key header) in one
// policy. A policy that cannot be read fails the pass.
func Check(p *check.Pass, t *Text, backends Index) {
	doc, err := apimpolicy.Parse(t.Src)
	if err != nil {
		var se *apimpolicy.SyntaxError
		if errors.As(err, &se) {
			line := 1 + strings.Count(string(p.Src[:min(t.FileOffset(se.Offset), len(p.Src))]), "\n")
			p.Fail(fmt.Errorf("APIM policy not checked: malformed XML at line %d: %s", line, se.Msg))
		} else {
			p.Fail(fmt.Errorf("APIM policy not checked: %v", err))
		}
		return
	}
	if backends == nil {
		backends = noBackends{}
	}
	c := &policy{pass: p, text: t, doc: doc, backends: backends}
	c.scopes()
	c.collect()
	c.headers()
	c.inbound()
}

type noBackends struct{}

func (noBackends) Lookup(string) (Backend, bool)         { return Backend{}, false }
func (noBackends) AnyAI() bool                           { return false }
func (noBackends) Fragment(string) (bool, bool)          { return false, false }
func (noBackends) Templated(string, string) (bool, bool) { return false, false }

// scope says where what an element does goes.
type scope uint8

const (
	scopeNone    scope = iota
	scopeBackend       // inbound and backend sections: the request to the backend
	scopeCaller        // outbound, on-error, return-response: the response to the caller
	scopeSide          // inside send-request: a request of the gateway's own
)

type policy struct {
	pass     *check.Pass
	text     *Text
	doc      *apimpolicy.Doc
	backends Index

	scope    []scope
	send     []int   // the enclosing send-request, or -1
	section  []int   // the enclosing top-level section (inbound, ...), or -1
	children [][]int // direct children: every lookup below is linear, whatever the nesting
	// authenticated holds the elements with an authentication-managed-identity child that
	// authenticates the request toward Azure AI (not one that only fetches a token).
	authenticated map[int]bool

	inboundAt    int // the <inbound> element, or -1
	validates    bool
	identities   []int // authentication-managed-identity elements
	tokenVars    map[string]bool
	backendAI    bool // set-backend-service points at Azure AI
	backendKnown bool // ... or at a backend whose URL is known
	backendSrch  bool
	templated    bool // a backend id whose value IaC fills in
	aoaiPolicy   bool // azure-openai-* policies: only for Azure OpenAI APIs
	llmPolicy    bool // llm-* policies: some language model API
	keyHeader    bool // a KL304 header toward the backend
	inPlace      bool // a KL304 header directly in <inbound> becomes authentication-managed-identity
}

// scopes gives every element its scope; parents come before children, so one pass suffices.
func (c *policy) scopes() {
	n := len(c.doc.Elements)
	c.scope, c.send, c.section, c.children = make([]scope, n), make([]int, n), make([]int, n), make([][]int, n)
	c.inboundAt = -1
	for i := range c.doc.Elements {
		e := &c.doc.Elements[i]
		c.send[i], c.section[i] = -1, -1
		if e.Parent >= 0 {
			c.children[e.Parent] = append(c.children[e.Parent], i)
		}
		if e.Parent < 0 {
			if e.Name == "fragment" {
				c.scope[i] = scopeBackend // fragments are mostly included in inbound
			}
			continue
		}
		c.scope[i], c.send[i], c.section[i] = c.scope[e.Parent], c.send[e.Parent], c.section[e.Parent]
		if e.Depth == 1 && c.doc.Root() == "policies" {
			c.section[i] = i
			switch e.Name {
			case "inbound", "backend":
				c.scope[i] = scopeBackend
			case "outbound", "on-error":
				c.scope[i] = scopeCaller
			}
			if e.Name == "inbound" && c.inboundAt < 0 {
				c.inboundAt = i
			}
		}
		switch e.Name {
		case "send-request", "send-one-way-request":
			c.scope[i], c.send[i] = scopeSide, i
		case "return-response":
			c.scope[i] = scopeCaller
		}
	}
}

// collect notes what the policy says about its backend and its callers.
func (c *policy) collect() {
	c.tokenVars = map[string]bool{}
	c.authenticated = map[int]bool{}
	for i := range c.doc.Elements {
		e := &c.doc.Elements[i]
		switch {
		case e.Name == "validate-jwt" || e.Name == "validate-azure-ad-token":
			if c.section[i] == c.inboundAt && c.inboundAt >= 0 {
				c.validates = true
			}
		case e.Name == "authentication-managed-identity":
			c.identities = append(c.identities, i)
			v, tokenOnly := e.Attr("output-token-variable-name")
			if tokenOnly {
				c.tokenVars[strings.ToLower(v.Value)] = true
			}
			if r, ok := e.Attr("resource"); ok && isAIResource(r.Value) && !tokenOnly && e.Parent >= 0 {
				c.authenticated[e.Parent] = true
			}
		case e.Name == "set-backend-service" && c.scope[i] == scopeBackend:
			if u, ok := e.Attr("base-url"); ok {
				if ai, known := hostKind(u.Value, u.Expr); known {
					c.backendKnown = true
					c.backendAI = c.backendAI || ai
					c.backendSrch = c.backendSrch || isSearchURL(u.Value)
				}
			}
			if id, ok := e.Attr("backend-id"); ok {
				if b, found := c.backends.Lookup(id.Value); found {
					c.backendKnown = true
					c.backendAI = c.backendAI || b.AI
					c.backendSrch = c.backendSrch || b.Search
				} else if ai, known := c.backends.Templated(c.pass.Path, id.Value); known {
					c.backendKnown = true
					c.backendAI = c.backendAI || ai
				} else if id.Expr || strings.ContainsAny(id.Value, "{$") {
					c.templated = true
				}
			}
		case e.Name == "include-fragment" && c.section[i] == c.inboundAt && c.inboundAt >= 0 && c.send[i] < 0:
			if id, ok := e.Attr("fragment-id"); ok && c.fragmentValidates(id.Value) {
				c.validates = true
			}
		case strings.HasPrefix(e.Name, "azure-openai-"):
			c.aoaiPolicy = true
		case strings.HasPrefix(e.Name, "llm-"):
			c.llmPolicy = true
		}
	}
}

// hostKind says whether a URL (or an expression building one) points at Azure AI, and whether
// that is known: a URL whose host is not written out is unknown.
func hostKind(v string, expr bool) (ai, known bool) {
	text := v
	if expr {
		text = strings.Join(apimpolicy.StringLiterals(v), " ")
	}
	lower := strings.ToLower(text)
	if isSearchURL(lower) || azurectx.IsAzureHost(lower) && !strings.Contains(lower, ".azure-api.net") {
		return true, true
	}
	i := strings.Index(lower, "://")
	if i < 0 {
		// {{language-endpoint}}language/:analyze-text: a host filled in elsewhere, a path only
		// Azure AI serves.
		return azurectx.AIServicePath(lower), azurectx.AIServicePath(lower)
	}
	host := lower[i+3:]
	if j := strings.IndexAny(host, "/:?\\"); j >= 0 {
		host = host[:j]
	}
	// A host that IaC or an expression fills in is not known, unless the path says it.
	known = host != "" && !strings.ContainsAny(host, "{}$@(")
	if !known && azurectx.AIServicePath(lower) {
		return true, true
	}
	return false, known
}

// fragmentValidates reports an included fragment that validates an Entra ID token: as the
// code around says, or, for a fragment defined elsewhere, as its name says (aad-auth,
// validate-jwt, entra-token, ...).
func (c *policy) fragmentValidates(id string) bool {
	if validates, found := c.backends.Fragment(id); found {
		return validates
	}
	lower := strings.ToLower(id)
	for _, w := range []string{"auth", "jwt", "token", "entra", "aad", "valid", "identity", "security"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

func isSearchURL(u string) bool { return strings.Contains(strings.ToLower(u), ".search.windows.net") }

// identityAI reports an authentication-managed-identity toward the backend asking for an Azure
// AI token.
func (c *policy) identityAI() bool {
	for _, i := range c.identities {
		e := &c.doc.Elements[i]
		if c.scope[i] != scopeBackend {
			continue
		}
		if r, ok := e.Attr("resource"); ok && isAIResource(r.Value) {
			return true
		}
	}
	return false
}

func isAIResource(r string) bool {
	r = strings.ToLower(strings.TrimSpace(r))
	return strings.Contains(r, "cognitiveservices.azure.") || strings.Contains(r, "ai.azure.com") ||
		strings.Contains(r, "search.azure.com") || strings.Contains(r, "openai.azure.com")
}

// forwardsToAI reports a policy whose backend is Azure OpenAI / AI services: by its URL or
// IaC definition, a key header or a managed-identity token for it; or, when the backend is not
// known, azure-openai-* policies, or llm-* policies toward a templated backend id in a tree
// whose IaC defines AI backends.
func (c *policy) forwardsToAI() bool {
	if c.backendAI || c.keyHeader || c.identityAI() {
		return true
	}
	return !c.backendKnown && (c.aoaiPolicy || c.templated && c.llmPolicy && c.backends.AnyAI())
}

// headers reports the key headers the gateway sets toward a backend (KL304).
func (c *policy) headers() {
	var found []keyHeader
	for i := range c.doc.Elements {
		e := &c.doc.Elements[i]
		if e.Name != "set-header" || (c.scope[i] != scopeBackend && c.scope[i] != scopeSide) {
			continue
		}
		name, ok := e.Attr("name")
		if !ok || name.Expr {
			continue
		}
		if a, ok := e.Attr("exists-action"); ok && strings.EqualFold(strings.TrimSpace(a.Value), "delete") {
			continue
		}
		values := c.values(i)
		header := strings.ToLower(strings.TrimSpace(name.Value))
		toAI, known, toSearch := c.target(i)
		switch {
		case header == "api-key" && (toAI || !known):
		case header == "ocp-apim-subscription-key" && toAI:
		case header == "authorization" && toAI && c.keyBearer(values):
		default:
			continue
		}
		if c.scope[i] == scopeBackend {
			c.keyHeader = true
		}
		found = append(found, keyHeader{i, name.Value, values, toSearch})
	}
	// A key header directly in <inbound> becomes the identity in place; the others then need
	// no identity of their own.
	for _, h := range found {
		if c.doc.Elements[h.at].Parent == c.inboundAt && c.inboundAt >= 0 {
			c.inPlace = true
		}
	}
	for _, h := range found {
		c.report(h.at, h.name, h.values, h.search)
	}
}

type keyHeader struct {
	at     int
	name   string
	values []*apimpolicy.Element
	search bool
}

// values returns the <value> children of a set-header.
func (c *policy) values(i int) []*apimpolicy.Element {
	var out []*apimpolicy.Element
	for _, k := range c.children[i] {
		if v := &c.doc.Elements[k]; v.Name == "value" {
			out = append(out, v)
		}
	}
	return out
}

// target says where the request a header goes with is sent: the send-request's URL for a
// request of the gateway's own, else the policy's backend. known is false when that cannot be
// told (a URL built at run time, a backend defined outside the scanned code).
func (c *policy) target(i int) (ai, known, search bool) {
	if s := c.send[i]; s >= 0 {
		for _, k := range c.children[s] {
			if u := &c.doc.Elements[k]; u.Name == "set-url" {
				ai, known := hostKind(u.Text, u.TextExpr)
				return ai, known, isSearchURL(u.Text)
			}
		}
		return false, false, false
	}
	if c.backendAI || !c.backendKnown && c.aoaiPolicy {
		return true, true, c.backendSrch
	}
	return false, c.backendKnown, false
}

// keyBearer reports an Authorization value that carries a key rather than a token: a key-like
// named value or variable ("Bearer {{openai-key}}"), or a literal key. A token the policy got
// from its managed identity is not a key.
func (c *policy) keyBearer(values []*apimpolicy.Element) bool {
	for _, v := range values {
		for _, nv := range apimpolicy.NamedValues(v.Text) {
			if azurectx.IsKeyLikeName(nv) {
				return true
			}
		}
		if v.TextExpr {
			for _, s := range apimpolicy.StringLiterals(v.Text) {
				if !c.tokenVars[strings.ToLower(s)] && azurectx.IsKeyLikeName(s) {
					return true
				}
			}
			continue
		}
		lit := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v.Text), "Bearer"))
		if _, ok := keyformat.Classify(lit); ok {
			return true
		}
	}
	return false
}

// report records KL304 for the set-header at i, with the rewrite to the managed identity.
func (c *policy) report(i int, header string, values []*apimpolicy.Element, toSearch bool) {
	e := &c.doc.Elements[i]
	source := ""
	var secrets []keylint.Span
	for _, v := range values {
		switch nv := apimpolicy.NamedValues(v.Text); {
		case len(nv) > 0:
			source = " (named value " + nv[0] + ")"
		case v.TextExpr:
			source = " (from a policy expression)"
		case strings.TrimSpace(v.Text) != "" && !keyformat.IsPlaceholder(strings.TrimSpace(v.Text)) && !strings.Contains(v.Text, "${"):
			sp := c.text.FileSpan(v.TextSpan)
			secrets = append(secrets, sp)
			if m, ok := keyformat.Classify(v.Text); ok && m.Kind == keyformat.Classic {
				kf := c.pass.Reportf("KL106", sp, "hard-coded "+keyformat.Classic.String()+" in the "+header+" header of an APIM policy")
				kf.Secrets = append(kf.Secrets, sp)
			}
		}
	}
	what := "the AI service's key"
	if c.send[i] >= 0 {
		what = "a request of its own the AI service's key"
	}
	msg := fmt.Sprintf("gateway sends %s in the %s header%s: authenticate with APIM's managed identity (authentication-managed-identity) and give it \"Cognitive Services OpenAI User\"", what, header, source)
	fd := c.pass.Reportf("KL304", c.text.FileSpan(e.Open), msg)
	fd.Secrets = append(fd.Secrets, secrets...)
	if f, ok := c.fix(i, toSearch); ok {
		fd.Fixes = append(fd.Fixes, f)
	}
}

// fix replaces the key header with authentication-managed-identity, or deletes it where an
// identity already authenticates the same request. APIM takes that policy in <inbound> and
// inside send-request only (where it goes last, after the request's other children), so a
// header in <backend>, or in a fragment that could be included anywhere, gets no fix.
func (c *policy) fix(i int, toSearch bool) (keylint.Fix, bool) {
	e := &c.doc.Elements[i]
	resource := cognitiveResource
	if toSearch {
		resource = searchResource
	}
	send := c.send[i]
	section := ""
	if c.section[i] >= 0 {
		section = c.doc.Elements[c.section[i]].Name
	}
	del := func() keylint.Edit {
		start, end := wholeLines(c.text.Src, e.Span.Start, e.Span.End)
		return keylint.Edit{Path: c.pass.Path, Start: c.text.FileOffset(start), End: c.text.FileOffset(end)}
	}
	switch {
	case send >= 0:
	case section == "backend" || section == "inbound" && e.Parent != c.inboundAt:
		// In a retry, or in a branch (choose/when): authenticate once, in <inbound>.
		return c.hoist(del(), resource)
	case section != "inbound":
		return keylint.Fix{}, false
	}
	if c.authenticated[e.Parent] || send >= 0 && c.authenticated[send] {
		return keylint.Fix{
			Message: "Delete the key header: authentication-managed-identity already authenticates this request",
			Edits:   []keylint.Edit{del()},
		}, true
	}
	identity := `<authentication-managed-identity resource="` + resource + `" />`
	const message = "Replace the key header with authentication-managed-identity (APIM's managed identity needs \"Cognitive Services OpenAI User\" on the account)"
	if send >= 0 {
		at, indent, ok := c.lastChildSlot(send, e)
		if !ok {
			return keylint.Fix{}, false
		}
		return keylint.Fix{Message: message, Edits: []keylint.Edit{
			del(),
			{Path: c.pass.Path, Start: c.text.FileOffset(at), End: c.text.FileOffset(at), New: c.text.Encode(indent + identity + "\n")},
		}}, true
	}
	sp := c.text.FileSpan(e.Span)
	return keylint.Fix{Message: message, Edits: []keylint.Edit{{Path: c.pass.Path, Start: sp.Start, End: sp.End, New: c.text.Encode(identity)}}}, true
}

// hoist fixes a key header in <backend> (a retry choosing another backend) or in a branch of
// <inbound>: the header goes, and the managed identity authenticates once, in <inbound>, for
// every branch and retry. The insertion is the same for every such header, so fixing several
// adds it once.
func (c *policy) hoist(del keylint.Edit, resource string) (keylint.Fix, bool) {
	if c.inboundAt < 0 {
		return keylint.Fix{}, false
	}
	const message = "Delete the key header and authenticate once in <inbound> with authentication-managed-identity (branches and retries keep it)"
	if c.inPlace {
		// The key header of <inbound> becomes the identity.
		return keylint.Fix{Message: message, Edits: []keylint.Edit{del}}, true
	}
	if c.authenticated[c.inboundAt] {
		return keylint.Fix{Message: message, Edits: []keylint.Edit{del}}, true
	}
	in := &c.doc.Elements[c.inboundAt]
	src := c.text.Src
	at, indent := in.Open.End, ""
	if first := c.children[c.inboundAt]; len(first) > 0 {
		child := &c.doc.Elements[first[0]]
		ls := child.Span.Start
		for ls > 0 && (src[ls-1] == ' ' || src[ls-1] == '\t') {
			ls--
		}
		if ls > 0 && src[ls-1] == '\n' {
			indent = "\n" + string(src[ls:child.Span.Start])
		}
		if child.Name == "base" {
			at = child.Span.End // after <base />, so inherited policies run first
		}
	}
	insert := keylint.Edit{Path: c.pass.Path, Start: c.text.FileOffset(at), End: c.text.FileOffset(at),
		New: c.text.Encode(indent + `<authentication-managed-identity resource="` + resource + `" />`)}
	return keylint.Fix{Message: message, Edits: []keylint.Edit{del, insert}}, true
}

// lastChildSlot finds where a new last child of a send-request goes: the start of the line of
// its end tag (or of a <proxy> child, which must stay last), indented like the header h.
func (c *policy) lastChildSlot(send int, h *apimpolicy.Element) (int, string, bool) {
	s := &c.doc.Elements[send]
	src := c.text.Src
	at := -1
	for _, k := range c.children[send] {
		if p := &c.doc.Elements[k]; p.Name == "proxy" {
			at = p.Span.Start
			break
		}
	}
	if at < 0 {
		at = strings.LastIndex(string(src[s.Span.Start:s.Span.End]), "</")
		if at < 0 {
			return 0, "", false // a self-closing send-request holds no header
		}
		at += s.Span.Start
	}
	ls := at
	for ls > 0 && (src[ls-1] == ' ' || src[ls-1] == '\t') {
		ls--
	}
	hs := h.Span.Start
	for hs > 0 && (src[hs-1] == ' ' || src[hs-1] == '\t') {
		hs--
	}
	if ls == 0 || src[ls-1] != '\n' || hs == 0 || src[hs-1] != '\n' {
		return at, "", true // not one element per line: insert in place
	}
	return ls, string(src[hs:h.Span.Start]), true
}

// wholeLines widens [start, end) to the lines it covers when nothing else is on them.
func wholeLines(src []byte, start, end int) (int, int) {
	ls := start
	for ls > 0 && (src[ls-1] == ' ' || src[ls-1] == '\t') {
		ls--
	}
	le := end
	for le < len(src) && (src[le] == ' ' || src[le] == '\t' || src[le] == '\r') {
		le++
	}
	if (ls == 0 || src[ls-1] == '\n') && (le == len(src) || src[le] == '\n') {
		if le < len(src) {
			le++
		}
		return ls, le
	}
	return start, end
}

// inbound reports a policy that forwards to Azure AI with no Entra ID token validation on
// <inbound> (KL305).
func (c *policy) inbound() {
	if c.inboundAt < 0 || c.validates || !c.forwardsToAI() {
		return
	}
	e := &c.doc.Elements[c.inboundAt]
	c.pass.Reportf("KL305", c.text.FileSpan(e.Open),
		"gateway forwards to Azure AI but <inbound> validates no Microsoft Entra ID token, so an APIM subscription key alone lets callers in: add "+ValidateBlock)
}
