package python

import (
	"strings"

	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/syntax"
)

// keyParams are the keyword arguments that carry an API key across openai, langchain,
// llama-index, semantic-kernel, autogen and the Azure AI SDK wrappers (langchain's AzureSearch
// takes azure_search_key).
var keyParams = map[string]bool{
	"api_key": true, "openai_api_key": true, "azure_openai_api_key": true, "azure_search_key": true,
	"subscription_key": true,
}

// credentialParams are every way to give those clients a credential; KL107 fires when none is
// passed.
var credentialParams = map[string]bool{
	"api_key": true, "openai_api_key": true, "azure_openai_api_key": true,
	"azure_ad_token": true, "azure_ad_token_provider": true, "azure_ad_async_token_provider": true,
	"ad_token": true, "ad_token_provider": true, "use_azure_ad": true, "credential": true,
	"token_credential": true, "azure_credential": true,
}

// envFallbackClients build a client that silently reads AZURE_OPENAI_API_KEY when given no
// credential (KL107), keyed by class name.
var envFallbackClients = map[string]bool{
	"AzureOpenAI": true, "AsyncAzureOpenAI": true, // openai, llama-index
	"AzureChatOpenAI": true, "AzureOpenAIEmbeddings": true, // langchain-openai
	"AzureChatCompletion": true, "AzureTextCompletion": true, "AzureTextEmbedding": true, // semantic-kernel
	"AzureOpenAIEmbedding":            true, // llama-index embeddings
	"AzureOpenAIChatCompletionClient": true, // autogen-ext
}

// openAICompatibleClients talk to Azure only when their base URL is an Azure endpoint (the v1
// API: OpenAI(base_url="https://x.openai.azure.com/openai/v1/", ...)).
var openAICompatibleClients = map[string]bool{
	"OpenAI": true, "AsyncOpenAI": true, "ChatOpenAI": true, "OpenAIEmbeddings": true,
}

// isAzureClientName reports whether a class name is an Azure OpenAI / Azure AI client that takes
// a key argument: any Azure* class (AzureOpenAI, AzureChatOpenAI, AzureChatCompletion,
// AzureAIDocumentIntelligenceLoader, AzureSearch, ...).
func isAzureClientName(name string) bool {
	return strings.HasPrefix(strings.TrimPrefix(name, "Async"), "Azure")
}

func (f *file) checkCalls() {
	for _, call := range f.calls {
		q := f.qualified(call.ChildByField("function"))
		name := shortName(q)
		switch {
		case name == "AzureKeyCredential":
			f.checkKeyCredential(call)
		case isAzureClientName(name):
			f.checkClient(call, name, envFallbackClients[name])
		case openAICompatibleClients[name] && f.hasAzureBaseURL(call):
			f.checkClient(call, name, false)
		case hasKeyword(call, "azure_endpoint") || hasKeyword(call, "azure_deployment") || f.hasAzureBaseURL(call):
			// Any call configured with an Azure endpoint is talking to Azure.
			f.checkClient(call, name, false)
		case openAICompatibleClients[name]:
			// An openai.com client needs its key; a read written into it is not an Azure key.
			for _, kw := range keywordArgs(call) {
				if keyParams[kw.ChildByField("name").Text()] {
					f.visitReads(kw.ChildByField("value"), newTrace(), func(read *syntax.Node, direct bool) {
						if direct {
							f.claimedReads[read.Start] = true
						}
					})
				}
			}
		case isHeaderSetter(name):
			f.checkHeaderCall(call)
		}
	}
}

// checkKeyCredential reports AzureKeyCredential(x) (KL101), for any Azure client.
func (f *file) checkKeyCredential(call *syntax.Node) {
	args := call.ChildByField("arguments").NamedChildren()
	if len(args) == 0 {
		return
	}
	v := args[0]
	if v.Kind == "keyword_argument" {
		v = v.ChildByField("value")
	}
	if f.notAKey(v) {
		return
	}
	fd := f.report("KL101", call, "AzureKeyCredential built from an API key")
	if fd != nil {
		f.claimReads(call, v)
	}
}

// checkClient reports key arguments (KL102), keys reaching the client through **kwargs, and,
// for clients that fall back to an environment key, a missing credential (KL107).
func (f *file) checkClient(call *syntax.Node, name string, envFallback bool) {
	hasCredential, opaque := false, false
	for _, a := range call.ChildByField("arguments").NamedChildren() {
		switch a.Kind {
		case "keyword_argument":
			param := a.ChildByField("name").Text()
			if credentialParams[param] {
				hasCredential = true
			}
			if param == "default_headers" || param == "http_client" || strings.HasSuffix(param, "client") {
				opaque = true // auth may ride in headers or a preconfigured client
			}
			if keyParams[param] {
				f.checkKeyValue(a, a.ChildByField("value"), name)
			}
		case "dictionary_splat":
			opaque = true
			if id := a.NamedChildren(); len(id) == 1 && id[0].Kind == "identifier" {
				for _, e := range f.dictKeys[id[0].Text()] {
					if keyParams[e.key] {
						hasCredential = true
						f.checkKeyValue(e.site, e.value, name)
					} else if credentialParams[e.key] {
						hasCredential = true
					}
				}
			}
		case "list_splat":
			opaque = true
		}
	}
	if envFallback && !hasCredential && !opaque {
		f.report("KL107", call, name+" built without a credential: the SDK falls back to the AZURE_OPENAI_API_KEY environment variable")
	}
}

// checkKeyValue reports one key handed to a client unless the value is no key at all (None,
// a placeholder) or a token provider (openai >= 1 accepts a callable as api_key).
func (f *file) checkKeyValue(site, value *syntax.Node, client string) {
	if value == nil || f.notAKey(value) || f.isTokenProvider(value) {
		return
	}
	if fd := f.report("KL102", site, "API key passed to "+client); fd != nil {
		f.claimReads(site, value)
	}
}

// notAKey reports whether an expression certainly holds no key: None, "", a placeholder literal,
// or a variable only ever assigned those.
func (f *file) notAKey(v *syntax.Node) bool {
	return f.notAKeyDepth(v, newTrace())
}

func (f *file) notAKeyDepth(v *syntax.Node, tr *trace) bool {
	if v == nil {
		return true
	}
	switch v.Kind {
	case "none":
		return true
	case "string", "concatenated_string":
		s, ok := stringValue(v)
		return ok && keyformat.IsPlaceholder(s) && !isRealKey(s)
	case "identifier", "attribute":
		vals := f.valuesOf(v.Text())
		if len(vals) == 0 || !tr.enter(v) {
			return false
		}
		defer tr.leave()
		for _, val := range vals {
			if !f.notAKeyDepth(val, tr) {
				return false
			}
		}
		return true
	}
	return false
}

// isRealKey guards against a placeholder test swallowing a real key ("sk-...here" is not).
func isRealKey(s string) bool {
	m, ok := keyformat.Classify(s)
	return ok && m.Kind != keyformat.Classic
}

// isTokenProvider reports whether an api_key value is really a token provider: a call to
// get_bearer_token_provider, a lambda, a def'd function, or a variable holding one of those
// or named like one.
func (f *file) isTokenProvider(v *syntax.Node) bool {
	return f.isTokenProviderDepth(v, newTrace())
}

func (f *file) isTokenProviderDepth(v *syntax.Node, tr *trace) bool {
	if v == nil {
		return false
	}
	switch v.Kind {
	case "lambda":
		return true
	case "call":
		name := strings.ToLower(shortName(f.qualified(v.ChildByField("function"))))
		return strings.Contains(name, "token_provider") || strings.Contains(name, "tokenprovider")
	case "identifier", "attribute":
		name := v.Text()
		if v.Kind == "attribute" {
			name = v.ChildByField("attribute").Text()
		}
		lower := strings.ToLower(name)
		if strings.Contains(lower, "token") || strings.Contains(lower, "provider") || f.funcs[name] {
			return true
		}
		if tr.enter(v) {
			defer tr.leave()
			for _, val := range f.valuesOf(v.Text()) {
				if f.isTokenProviderDepth(val, tr) {
					return true
				}
			}
		}
	}
	return false
}

// hasAzureBaseURL reports whether an OpenAI-compatible client is pointed at Azure: a base_url
// with an Azure host or the /openai/v1/ path, or built from an AZURE_* setting.
func (f *file) hasAzureBaseURL(call *syntax.Node) bool {
	for _, kw := range keywordArgs(call) {
		switch kw.ChildByField("name").Text() {
		case "base_url", "openai_api_base", "api_base", "azure_endpoint", "endpoint":
			if f.pointsAtAzure(kw.ChildByField("value"), newTrace()) {
				return true
			}
		}
	}
	return false
}

func (f *file) pointsAtAzure(v *syntax.Node, tr *trace) bool {
	if v == nil {
		return false
	}
	if v.Kind == "identifier" || v.Kind == "attribute" && len(f.valuesOf(v.Text())) > 0 {
		if !tr.enter(v) {
			return false
		}
		defer tr.leave()
		for _, val := range f.valuesOf(v.Text()) {
			if f.pointsAtAzure(val, tr) {
				return true
			}
		}
		return false
	}
	text := v.Text()
	return azurectx.IsAzureHost(text) || strings.Contains(text, "/openai/v1") || strings.Contains(strings.ToUpper(text), "AZURE")
}

func hasKeyword(call *syntax.Node, name string) bool {
	for _, kw := range keywordArgs(call) {
		if kw.ChildByField("name").Text() == name {
			return true
		}
	}
	return false
}
