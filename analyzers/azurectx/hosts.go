package azurectx

import (
	"bytes"
	"strings"
)

// OtherServiceHosts are endpoints of services that take a key in an Azure SDK's shape but no
// Entra ID token: GitHub Models (models.inference.ai.azure.com was its first endpoint: it is in
// Azure's DNS but takes only GitHub tokens), Hugging Face, openai.com and other providers.
var OtherServiceHosts = []string{
	"models.github.ai", "models.inference.ai.azure.com", "huggingface.co", ".hf.space",
	"api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com", "api.mistral.ai",
	"api.groq.com", "openrouter.ai", "api.together.xyz", "api.deepseek.com", "api.x.ai",
}

// hostsWithoutEntraScope are endpoints a key header may be for that take no Cognitive Services
// token: Bing, regional api.cognitive.microsoft.com endpoints (tokens need a custom
// subdomain), API Management, AI Search (its own scope, and only once allowed), speech and
// translator endpoints, serverless and Azure ML model endpoints, QnA Maker and LUIS.
var hostsWithoutEntraScope = []string{
	"bing.microsoft.com", "api.bing", "api.cognitive.microsoft.com", "cognitive.microsofttranslator.com",
	"azure-api.net", "search.windows.net", ".azurewebsites.net", "speech.microsoft.com", "models.ai.azure.com",
	"inference.ml.azure.com", "qnamaker", "luis.ai",
}

// entraHostMarkers say a file talks to an endpoint that takes Cognitive Services tokens.
var entraHostMarkers = []string{".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com", ".openai.azure.us", ".cognitiveservices.azure.us"}

// openAIMarkers say an api-key header is Azure OpenAI's.
var openAIMarkers = []string{"/openai/deployments", "/openai/v1", "AZURE_OPENAI", "AOAI", "azure_openai", "AzureOpenAI"}

// EntraHeaderTarget decides whether the key headers of a file may become bearer tokens for the
// Cognitive Services scope: the file talks to Azure OpenAI or an AI services subdomain, and to
// nothing that takes keys only or tokens of another scope. keylint sees no URL per request, so
// it decides for the file. readNames are the settings the header's value is read from: a
// search, Bing, translator, speech, APIM or other service's key keeps its header.
func EntraHeaderTarget(src []byte, header string, readNames []string) bool {
	lower := bytes.ToLower(src)
	for _, host := range append(append([]string(nil), hostsWithoutEntraScope...), OtherServiceHosts...) {
		if bytes.Contains(lower, []byte(strings.ToLower(host))) {
			return false
		}
	}
	for _, name := range readNames {
		up := strings.ToUpper(name)
		for _, w := range []string{"SEARCH", "BING", "TRANSLATOR", "SPEECH", "APIM", "GITHUB", "HUGGING"} {
			if strings.Contains(up, w) {
				return false
			}
		}
		if strings.HasPrefix(up, "GH_") || strings.HasPrefix(up, "HF_") {
			return false
		}
	}
	for _, m := range entraHostMarkers {
		if bytes.Contains(lower, []byte(m)) {
			return true
		}
	}
	if !strings.EqualFold(strings.TrimSpace(header), "api-key") {
		return false // Ocp-Apim-Subscription-Key: only to a resource's own subdomain
	}
	for _, m := range openAIMarkers {
		if bytes.Contains(src, []byte(m)) {
			return true
		}
	}
	return false
}
