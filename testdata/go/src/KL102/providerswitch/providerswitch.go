// Package providerswitch builds one provider by name from one apiKey parameter, as gateways do:
// the Azure key the caller passes makes only the Azure constructor an Azure key sink.
package providerswitch

import "os"

type Provider interface{ Name() string }

type azureOpenAI struct{ key, endpoint string }

func (azureOpenAI) Name() string { return "azure" }

// NewAzureOpenAI is the program's own Azure provider.
func NewAzureOpenAI(key, endpoint string) Provider { return azureOpenAI{key, endpoint} }

type other struct{ name, key string }

func (o other) Name() string { return o.name }

func NewOpenAI(key string) Provider    { return other{"openai", key} }
func NewAnthropic(key string) Provider { return other{"anthropic", key} }
func NewGemini(key string) Provider    { return other{"gemini", key} }

func newProvider(kind, apiKey string) Provider {
	switch kind {
	case "azure":
		return NewAzureOpenAI(apiKey, os.Getenv("AZURE_OPENAI_ENDPOINT")) // want "KL102"
	case "openai":
		return NewOpenAI(apiKey)
	case "anthropic":
		return NewAnthropic(apiKey)
	case "gemini":
		return NewGemini(apiKey)
	}
	return nil
}

func Default() Provider {
	return newProvider("azure", os.Getenv("AZURE_OPENAI_API_KEY")) // want "KL105"
}
