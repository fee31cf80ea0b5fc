// Package ownhelper hands the key to a config helper of its own: the helper's body is where the
// key reaches go-openai's Azure config, so that is the one finding (the call of the helper is
// not a second one).
package ownhelper

import (
	"os"

	openai "github.com/sashabaranov/go-openai"
)

// NewClient falls back to the environment and builds the client through newConfig.
func NewClient(apiKey, endpoint string) *openai.Client {
	if apiKey == "" {
		apiKey = os.Getenv("AZURE_OPENAI_API_KEY") // want "KL105"
	}
	config := newConfig(apiKey, endpoint)
	return openai.NewClientWithConfig(config)
}

func newConfig(apiKey, endpoint string) openai.ClientConfig {
	return openai.DefaultAzureConfig(apiKey, endpoint) // want "KL102"
}

// NewAzureProvider is named for Azure: a key handed to it is still the program's own Azure sink.
func NewAzureProvider(key string) openai.ClientConfig { return openai.DefaultAzureConfig(key, "https://x.openai.azure.com") } // want "KL102"

// Provider hands a plain key to that Azure-named function.
func Provider() openai.ClientConfig {
	return NewAzureProvider(os.Getenv("LLM_KEY")) // want "KL102"
}
