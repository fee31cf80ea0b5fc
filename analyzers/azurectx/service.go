package azurectx

import "strings"

// services map a fragment of a client, class, setting or host name (lower case, without
// '_', '-', '.' or spaces) to the Azure AI service it belongs to. More specific services come
// first: AzureSearch names a vector store that embeds with OpenAI, but it is a Search key.
var services = []struct{ fragment, service string }{
	{"openaisecretkey", "OpenAI (not Azure)"}, // an sk-... key found by its format
	{"search", "AI Search"},
	{"speech", "Speech"},
	{"translat", "Translator"},
	{"formrecognizer", "Document Intelligence"},
	{"formtraining", "Document Intelligence"},
	{"documentintelligence", "Document Intelligence"},
	{"documentanalysis", "Document Intelligence"},
	{"textanalytics", "Language"},
	{"conversationanalysis", "Language"},
	{"contentsafety", "Content Safety"},
	{"computervision", "Vision"},
	{"imageanalysis", "Vision"},
	{"faceclient", "Vision"},
	{"chatcompletionsclient", "AI Foundry"}, // azure-ai-inference
	{"embeddingsclient", "AI Foundry"},
	{"openai", "Azure OpenAI"},
	{"aoai", "Azure OpenAI"},
	{"chatcompletion", "Azure OpenAI"},
	{"textembedding", "Azure OpenAI"},
	{"inference", "AI Foundry"},
	{"aiproject", "AI Foundry"},
	{"servicesaiazurecom", "AI Foundry"},
	{"cognitiveservices", "AI services"},
	{"aiservices", "AI services"},
}

// Service names the Azure AI service a client, class, setting name or other text is for
// (AzureOpenAI: "Azure OpenAI", SearchClient: "AI Search", AZURE_SPEECH_KEY: "Speech"), or ""
// when the text says nothing about one.
func Service(text string) string {
	folded := strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', '.', ' ':
			return -1
		}
		return r
	}, strings.ToLower(text))
	// "research" is not AI Search, but "azuresearch" holds it too.
	folded = strings.ReplaceAll(strings.ReplaceAll(folded, "azuresearch", "azure:search"), "research", "")
	for _, s := range services {
		if strings.Contains(folded, s.fragment) {
			return s.service
		}
	}
	return ""
}
