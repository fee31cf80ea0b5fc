package azurectx

import "testing"

func TestService(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"AzureOpenAI", "Azure OpenAI"},
		{"API key passed to AsyncAzureOpenAI", "Azure OpenAI"},
		{"AZURE_OPENAI_API_KEY holds a key in a dotenv file", "Azure OpenAI"},
		{"azopenai.NewClientWithKeyCredential", "Azure OpenAI"},
		{"AzureSearch", "AI Search"},
		{"SearchClient", "AI Search"},
		{"key read from environment variable AZURE_SEARCH_ADMIN_KEY", "AI Search"},
		{"SpeechConfig", "Speech"},
		{"DocumentAnalysisClient", "Document Intelligence"},
		{"TextAnalyticsClient", "Language"},
		{"ContentSafetyClient", "Content Safety"},
		{"ChatCompletionsClient", "AI Foundry"},
		{"AzureChatCompletion", "Azure OpenAI"},
		{"FormTrainingClient", "Document Intelligence"},
		{"MLClient", ""},
		{"BlobServiceClient", ""},
		{"https://x.services.ai.azure.com/models", "AI Foundry"},
		{"AIServicesAccountKey", "AI services"},
		{"hard-coded 84-character Azure AI services key (Azure AI Search, checksum valid)", "AI Search"},
		{"hard-coded OpenAI secret key (OpenAI signature present)", "OpenAI (not Azure)"},
		// Negatives: nothing about a service, and words that only look like one.
		{"api-key header set on an HTTP request", ""},
		{"research_agent = make_agent(key)", ""},
		{"", ""},
	} {
		if got := Service(tc.text); got != tc.want {
			t.Errorf("Service(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
