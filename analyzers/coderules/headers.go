package coderules

import (
	"bytes"
	"strings"

	"github.com/keylint/keylint"
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
	if rw == nil || !r.entraHeaderTarget(h) || r.deliberatelyBad(h.Value) {
		return
	}
	edits, msg := rw.KeyHeader(h)
	var key *syntax.Node
	if h.Value != nil && h.Value != h.Site {
		key = h.Value
	}
	r.attachFix(fd, edits, msg, key)
}

// hostsWithoutEntraScope are endpoints a key header may be for that take no Cognitive Services
// token.
var hostsWithoutEntraScope = []string{
	"bing.microsoft.com", "api.bing", "api.cognitive.microsoft.com", "cognitive.microsofttranslator.com",
	"azure-api.net", "search.windows.net", ".azurewebsites.net", "speech.microsoft.com", "models.ai.azure.com",
	"inference.ml.azure.com", "qnamaker", "luis.ai",
}

// entraHostMarkers say a file talks to an endpoint that takes Cognitive Services tokens.
var entraHostMarkers = []string{".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com", ".openai.azure.us", ".cognitiveservices.azure.us"}

// openAIMarkers say the api-key header is Azure OpenAI's.
var openAIMarkers = []string{"/openai/deployments", "/openai/v1", "AZURE_OPENAI", "AOAI", "azure_openai", "AzureOpenAI"}

func (r *Rules) entraHeaderTarget(h Header) bool {
	src := r.pass.Src
	lower := bytes.ToLower(src)
	for _, host := range append(hostsWithoutEntraScope, otherServiceHosts...) {
		if bytes.Contains(lower, []byte(strings.ToLower(host))) {
			return false
		}
	}
	readsOther := false
	r.visitReads(h.Value, newTrace(), func(read *syntax.Node, _ bool) {
		for _, e := range r.f.EnvReads {
			if e.Node == read {
				up := strings.ToUpper(e.Name)
				if strings.Contains(up, "SEARCH") || strings.Contains(up, "BING") || strings.Contains(up, "TRANSLATOR") ||
					strings.Contains(up, "SPEECH") || strings.Contains(up, "APIM") || IsOtherServiceTokenName(e.Name) {
					readsOther = true
				}
			}
		}
	})
	if readsOther {
		return false
	}
	for _, m := range entraHostMarkers {
		if bytes.Contains(lower, []byte(m)) {
			return true
		}
	}
	if !strings.EqualFold(strings.TrimSpace(h.Name), "api-key") {
		return false // Ocp-Apim-Subscription-Key: only to a resource's own subdomain
	}
	for _, m := range openAIMarkers {
		if bytes.Contains(src, []byte(m)) {
			return true
		}
	}
	return false
}

// TokenResource is the resource of the token scope, for tools that take a resource rather
// than a scope (az account get-access-token --resource).
func TokenResource(scope string) string {
	return strings.TrimSuffix(strings.TrimSuffix(scope, "/.default"), "/")
}
