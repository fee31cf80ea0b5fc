package coderules

import (
	"strings"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/syntax"
)

// Services that take a key in the shape of an Azure SDK credential but accept no Entra ID
// token. GitHub Models is reached with the Azure AI Inference SDK and a GitHub token wrapped in
// AzureKeyCredential; Hugging Face and the OpenAI-compatible providers with their own keys.
// Rewriting those credentials to DefaultAzureCredential breaks the program, so a key for them
// is no finding at all.

// otherServiceHosts are the endpoints of those services.
var otherServiceHosts = azurectx.OtherServiceHosts

// keyOnlyAzureHosts are Azure endpoints whose keyless path is not the Cognitive Services
// token: serverless model endpoints (keys only) and Azure Machine Learning online endpoints
// (tokens for https://ml.azure.com). Their keys are findings with no automatic rewrite.
var keyOnlyAzureHosts = []string{".models.ai.azure.com", ".inference.ml.azure.com", ".inference.ai.azure.com"}

func hasHost(s string, hosts []string) bool {
	for _, h := range hosts {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// IsOtherServiceTokenName reports a setting that names a token of another service:
// GITHUB_TOKEN, GH_TOKEN, GITHUB_MODELS_KEY, HF_TOKEN, HUGGINGFACEHUB_API_TOKEN.
func IsOtherServiceTokenName(name string) bool {
	up := strings.ToUpper(name)
	return strings.Contains(up, "GITHUB") || strings.HasPrefix(up, "GH_") || strings.HasPrefix(up, "HF_") ||
		strings.Contains(up, "HUGGING")
}

// otherServiceToken reports a literal token of another service: GitHub (ghp_, github_pat_,
// gho_) or Hugging Face (hf_).
func otherServiceToken(s string) bool {
	for _, p := range []string{"ghp_", "gho_", "ghu_", "github_pat_", "hf_"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// service says who a key is for.
type service int

const (
	azureService   service = iota
	otherService           // not Azure: no finding
	keyOnlyService         // Azure, but no Entra ID rewrite keylint can make: a finding without a fix
)

// serviceOf decides who the key value used at site is for: another service when the value is
// that service's token (a GITHUB_TOKEN read, a ghp_ literal), or when the call receiving it is
// pointed only at another service's endpoint. An endpoint assigned both an Azure and another
// service's address in branches keeps the finding but gets no rewrite: the rewrite would break
// the other branch.
func (r *Rules) serviceOf(site, value *syntax.Node) service {
	other := false
	r.visitReads(value, newTrace(), func(read *syntax.Node, _ bool) {
		for _, e := range r.f.EnvReads {
			if e.Node == read && IsOtherServiceTokenName(e.Name) {
				other = true
			}
		}
	})
	if other || r.literalIs(value, newTrace(), otherServiceToken) {
		return otherService
	}
	call := r.enclosingCall(site)
	if call == nil {
		return azureService
	}
	var otherHost, keyOnly, azure bool
	for _, a := range call.Args {
		if a.Value == nil || a.Value.Start <= site.Start && site.End <= a.Value.End || a.Site == site {
			continue // the key's own argument
		}
		r.visitStrings(a.Value, newTrace(), func(s string) {
			switch {
			case hasHost(s, otherServiceHosts):
				otherHost = true
			case hasHost(s, keyOnlyAzureHosts):
				keyOnly = true
			case strings.Contains(s, "azure.com") || strings.Contains(s, "azure.us") || strings.Contains(s, "azure-api.net"):
				azure = true
			}
		})
	}
	switch {
	case otherHost && !azure && !keyOnly && !azureNamed(call):
		return otherService
	case otherHost || keyOnly:
		return keyOnlyService
	}
	return azureService
}

// azureNamed reports a call named for Azure (AzureOpenAI, AddAzureAIInferenceChatCompletion):
// a key it takes is an Azure key, whatever other host a branch of its endpoint may hold (a
// fallback to api.openai.com); without a rewrite when such a host is there.
func azureNamed(c *Call) bool {
	return IsAzureClientName(c.Name) || strings.HasPrefix(c.Name, "AddAzure") || strings.HasPrefix(c.Name, "WithAzure")
}

// literalIs reports a string literal (directly or through variables) that satisfies is.
func (r *Rules) literalIs(v *syntax.Node, tr *trace, is func(string) bool) bool {
	found := false
	r.visitStrings(v, tr, func(s string) { found = found || is(s) })
	return found
}

// visitStrings calls visit with the text of every string literal inside v, following
// variables a few assignments deep.
func (r *Rules) visitStrings(v *syntax.Node, tr *trace, visit func(string)) {
	if v == nil {
		return
	}
	look := func(n *syntax.Node) {
		if s, ok := r.f.Syntax.StringValue(n); ok {
			visit(s)
		} else if n.Kind == "string_content" || n.Kind == "string_fragment" || n.Kind == "string_literal_content" {
			visit(n.Text()) // inside f-strings and templates
		} else if r.f.Syntax.IsVariable(n) && tr.enter(n) {
			for _, val := range r.ValuesAt(n) {
				r.visitStrings(val, tr, visit)
			}
			tr.leave()
		}
	}
	look(v)
	desc := v.Descendants()
	for i := range desc {
		look(&desc[i])
	}
}
