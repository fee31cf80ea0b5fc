// Package scoped declares apiKey in each provider's function, as multi-provider tools do: the
// Azure function's key read makes only its own apiKey an Azure key.
package scoped

import (
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
	"github.com/openai/openai-go/v3/option"
)

// Azure builds the Azure OpenAI client with a key.
func Azure(endpoint string) openai.Client {
	apiKey := os.Getenv("AZURE_OPENAI_API_KEY")                                                   // want "KL105"
	return openai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithAPIKey(apiKey)) // want "KL102"
}

// OpenRouter is another provider's OpenAI-compatible API, with its own key.
func OpenRouter() openai.Client {
	apiKey := os.Getenv("OPENROUTER_API_KEY")
	return openai.NewClient(option.WithBaseURL("https://openrouter.ai/api/v1"), option.WithAPIKey(apiKey))
}

// fromEnv returns the configured key; its key := os.Getenv(...) is not what SetAPIKey is given.
func fromEnv() string {
	if key := os.Getenv("AZURE_OPENAI_API_KEY"); key != "" { // want "KL105"
		return key
	}
	return ""
}

// Store keeps keys in the OS keyring: storing a key is not authenticating with it.
type Store struct{ fallback *Store }

// SetAPIKey stores the key; nothing in this file calls it with the read above.
func (s *Store) SetAPIKey(provider string, key string) error {
	if err := saveInKeyring(provider, key); err == nil {
		return nil
	}
	return s.fallback.SetAPIKey(provider, key)
}

func saveInKeyring(provider, key string) error { return nil }
