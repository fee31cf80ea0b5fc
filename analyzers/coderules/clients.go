package coderules

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/syntax"
)

// recordClients tells the pass about every Azure client constructed in the file, with a key or
// keyless, for the keyless migration view. It runs after the rules, so every finding inside a
// constructor (a nested AzureKeyCredential) is known. The clients are the calls the rules treat
// as Azure clients, and any other client or builder handed an Azure credential (Azure.AI.OpenAI
// 1.x's OpenAIClient(endpoint, new AzureKeyCredential(key))), when they are AI clients: their
// name says which service (azurectx.Service) or they point at an Azure AI endpoint. A client given neither a key nor
// a credential the rules can see (options built elsewhere) is not counted either way.
func (r *Rules) recordClients() {
	for _, c := range r.f.Calls {
		n := Norm(c.Name)
		if keyCredentialTypes[c.Name] || strings.Contains(n, "credential") || strings.Contains(n, "tokenprovider") {
			continue // a credential or a credential helper, not a client
		}
		pointed := r.pointedAtAzure(c)
		azure := isAzure(c) || pointed
		if !azure && !strings.HasSuffix(n, "client") && !strings.HasSuffix(n, "builder") {
			continue
		}
		if azurectx.Service(c.Name) == "" && !pointed && !c.EnvFallback {
			continue // an Azure client of another kind: MLClient, BlobServiceClient
		}
		key := r.usesKey(c)
		credential := r.hasCredential(c)
		if !azure && !r.azureCredentialArg(c) {
			continue
		}
		if !key && !credential {
			continue
		}
		r.pass.ClientSite(keylint.Span{Start: c.Node.Start, End: c.Node.End}, c.Name, !key)
	}
}

// azureCredentialArg reports a call given an AzureKeyCredential or a TokenCredential
// constructor (DefaultAzureCredential, ManagedIdentityCredential), directly or in a variable:
// both only work with Azure.
func (r *Rules) azureCredentialArg(c *Call) bool {
	azureCred := func(v *syntax.Node) bool {
		name := r.f.Syntax.CallName(v)
		return name == "AzureKeyCredential" || strings.HasSuffix(name, "Credential") && !keyCredentialTypes[name]
	}
	for _, a := range c.Args {
		if a.Value == nil {
			continue
		}
		if azureCred(a.Value) {
			return true
		}
		if r.f.Syntax.IsVariable(a.Value) {
			for _, v := range r.ValuesAt(a.Value) {
				if azureCred(v) {
					return true
				}
			}
		}
	}
	return false
}

// usesKey reports a client that a key reaches: a finding inside its call (KL101 on a nested key
// credential, KL102 on an argument, KL107 on the call), a key argument the rules reported, or one
// that holds a placeholder key (sample code that says where the key goes still uses a key).
func (r *Rules) usesKey(c *Call) bool {
	for k := range r.reported {
		if k.start >= c.Node.Start && k.end <= c.Node.End && k.rule != "KL105" && k.rule != "KL106" {
			return true
		}
	}
	for _, a := range c.Args {
		n := Norm(a.Name)
		if r.reported[siteKey{"KL102", a.Site.Start, a.Site.End}] {
			return true
		}
		if (keyParams[n] || c.Azure && azureSDKKeyParams[n]) && r.givenAsKey(a.Value) {
			return true
		}
		if a.Value != nil && r.holdsKeyCredential(a.Value) {
			return true
		}
	}
	return false
}

// givenAsKey reports a value given as a key that is neither absent nor a token provider.
func (r *Rules) givenAsKey(v *syntax.Node) bool {
	return v != nil && !r.f.Syntax.IsNull(v) && !r.IsTokenProvider(v)
}

// holdsKeyCredential reports a key credential constructed here or assigned to the variable.
func (r *Rules) holdsKeyCredential(v *syntax.Node) bool {
	if keyCredentialTypes[r.f.Syntax.CallName(v)] {
		return true
	}
	if !r.f.Syntax.IsVariable(v) {
		return false
	}
	for _, val := range r.ValuesAt(v) {
		if keyCredentialTypes[r.f.Syntax.CallName(val)] {
			return true
		}
	}
	return false
}

// hasCredential reports a client given a credential or token provider: a credential argument
// that is not null, or any argument that is a token provider or a TokenCredential constructor
// (DefaultAzureCredential(), ManagedIdentityCredential(...)).
func (r *Rules) hasCredential(c *Call) bool {
	for _, a := range c.Args {
		if a.Value == nil || r.f.Syntax.IsNull(a.Value) {
			continue
		}
		if credentialParams[Norm(a.Name)] || r.IsTokenProvider(a.Value) {
			return true
		}
		if name := r.f.Syntax.CallName(a.Value); strings.HasSuffix(name, "Credential") && !keyCredentialTypes[name] {
			return true
		}
	}
	return false
}
