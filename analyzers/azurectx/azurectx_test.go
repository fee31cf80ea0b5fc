package azurectx

import "testing"

func TestAzureV1Path(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"https://contoso.openai.azure.com/openai/v1/", true},
		{"https://contoso.services.ai.azure.com/openai/v1", true},
		{"/openai/v1/", true},                   // joined to an endpoint from elsewhere
		{"{endpoint}/openai/v1", true},          // a template's host
		{"https://${RESOURCE}/openai/v1", true}, // a variable host
		{"https://<resource>/openai/v1", true},  // a placeholder host
		{"https://bedrock-mantle.us-east-1.api.aws/openai/v1", false},
		{".api.aws/openai/v1", false}, // the piece of f"https://bedrock-mantle.{region}.api.aws/openai/v1"
		{"https://api.groq.com/openai/v1", false},
		{"http://localhost:8080/openai/v1", true},                 // a local proxy (to Azure, or an emulator)
		{"https://aoai-gateway.contoso.com/openai/v1/", true},     // a gateway's custom domain
		{"https://api.openai.com/v1 https://x.y/openai/v1", true}, // each occurrence with its own host
		{"Write-Host 'https://example.com/x'\n$u = \"$endpoint/openai/v1\"", true},
		{"https://bedrock-runtime.us-east-1.amazonaws.com/openai/v1", false},
		{"https://trusted.example/openai/v1", false}, // names reserved for examples and tests
		{"https://env.example.com:8443/openai/v1", false},
		{"https://contoso.openai.azure.com/openai/deployments/x", false}, // not the v1 path
		{"", false},
	} {
		if got := AzureV1Path(tc.s); got != tc.want {
			t.Errorf("AzureV1Path(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestIsAzureModule(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"azure.identity", true},
		{"@azure/openai", true},
		{"Azure.AI.OpenAI", true},
		{"com.azure.ai.openai", true},
		{"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai", true},
		{"microsoft-cognitiveservices-speech-sdk", true},
		{"Microsoft.CognitiveServices.Speech", true},
		{"github.com/Microsoft/cognitive-services-speech-sdk-go/speech", true}, // the Go Speech SDK
		{"synapse.ml.services.openai", true},
		{"github.com/sashabaranov/go-openai", false},
		{"openai", false},
		{"github.com/someone/cognitive-tools", false},
	} {
		if got := IsAzureModule(tc.path); got != tc.want {
			t.Errorf("IsAzureModule(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestIsNonAIModule(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"azure.storage.blob", true},
		{"azure.data.tables", true},
		{"azure.cosmos", true},
		{"azure.keyvault.secrets", true},
		{"@azure/storage-blob", true},
		{"@azure/service-bus", true},
		{"Azure.Storage.Blobs", true},
		{"Microsoft.Azure.Cosmos", true},
		{"com.azure.storage.blob", true},
		{"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob", true},
		{"azure.ai.inference", false},
		{"azure.search.documents", false}, // AI Search keys are AI keys
		{"@azure/openai", false},
		{"Azure.AI.OpenAI", false},
		{"com.azure.ai.openai", false},
		{"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai", false},
	} {
		if got := IsNonAIModule(tc.path); got != tc.want {
			t.Errorf("IsNonAIModule(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestAzureDeploymentPath(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"`${AOAI_BASE_PATH}openai/deployments/${deployment}`", true},
		{"https://contoso.example.com/openai/deployments/gpt-4o/chat/completions", true},
		{"f\"{base}/openai/deployments?api-version=2024-10-21\"", true}, // the deployments list
		{"https://api.openai.com/v1/chat/completions", false},
		{"deployments/gpt-4o", false},
	} {
		if got := AzureDeploymentPath(tc.s); got != tc.want {
			t.Errorf("AzureDeploymentPath(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestNamesOtherService(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"AZURE_STORAGE_KEY", true},
		{"AZURE_ACCOUNT_KEY", true},
		{"AZURE_MAPS_KEY", true},
		{"accountKey", true},
		{"AZURE_OPENAI_ACCOUNT_KEY", false},
		{"cognitiveAccountKey", false},
		{"WEB_SEARCH_API_KEY", true},
		{"webSearchApiKey", true},
		{"BRAVE_SEARCH_API_KEY", true},
		{"SERPER_API_KEY", true},
		{"AZURE_SEARCH_KEY", false},
		{"searchKey", false},
		{"AZURE_OPENAI_API_KEY", false},
		{"WEB_APP_KEY", false},
		{"LANGFUSE_SECRET_KEY", true},
		{"SUPABASE_KEY", true},
	} {
		if got := NamesOtherService(tc.name); got != tc.want {
			t.Errorf("NamesOtherService(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestIsKeyLikeNameTextFields(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"text_key", false},
		{"textKey", false},
		{"AzureTranslatorTextKey", true},
		{"AZURE_TRANSLATOR_TEXT_KEY", true},
		{"content_key", false},
		{"KeySource", false},
		{"Azure_Text_Key1", true},
		{"apiKey2", true},
		{"hotkey1", false},
		{"AZURE_ENDPOINT_KEY", true},
		{"endpointKey", true},
		{"endpoint_key_name", false},
		{"key_usage", false},
		{"apiKeyRotationPolicy", false},
		{"keyType", false},
		{"apiKeyValue", true},
		{"SourceKey", true},
	} {
		if got := IsKeyLikeName(tc.name); got != tc.want {
			t.Errorf("IsKeyLikeName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestIsFieldKeyName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"textKey", true}, {"content_key", true}, {"memoryKey", true},
		{"speechKey", false},          // a key name already
		{"publicKey", false},          // half of a key pair
		{"instrumentationKey", false}, // a telemetry id
		{"textKeys", false}, {"key", false}, {"textLabel", false},
	} {
		if got := IsFieldKeyName(tc.name); got != tc.want {
			t.Errorf("IsFieldKeyName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestNamesNonAIHost(t *testing.T) {
	for s, want := range map[string]bool{
		"https://atlas.microsoft.com/route/directions/json?subscription-key=": true,
		"https://acct.blob.core.windows.net/c":                                true,
		"https://x.openai.azure.com/openai/realtime?api-key=":                 false,
		"https://x.search.windows.net/indexes":                                false,
	} {
		if got := NamesNonAIHost(s); got != want {
			t.Errorf("NamesNonAIHost(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestNamesOtherProvider(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"openRouterApiKey", true}, // a vendor's name in camel case is two words
		{"OPENROUTER_API_KEY", true},
		{"deepSeekKey", true},
		{"anthropicApiKey", true},
		{"azureApiKey", false},
		{"openAiApiKey", false},
		{"apiKey", false},
		{"openRouteKey", false},
		{"LiteLLM", false}, // a client's name, not a key's: reported where it is pointed at Azure
	} {
		if got := NamesOtherProvider(tc.name); got != tc.want {
			t.Errorf("NamesOtherProvider(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestNamesPlainSetting(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"AZURE_OPENAI_ENDPOINT", true},
		{"searchIndexName", true},
		{"AZUREAI_ENDPOINT_KEY", false}, // the key of an endpoint is a key
		{"resourceKey", false},
		{"KEY_REGION", true},
		{"API_VERSION", true},
		{"AI_SERVICE_KEY", false},
		{"AZURE_SEARCH_INDEX", true}, // an index's name, beside the search key
		{"AZURE_STORAGE_CONTAINER", true},
		{"AZURE_SEARCH_KEY", false},
	} {
		if got := NamesPlainSetting(tc.name); got != tc.want {
			t.Errorf("NamesPlainSetting(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
