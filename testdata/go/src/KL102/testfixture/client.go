// Package testfixture builds an Azure OpenAI client; its tests give it made-up keys.
package testfixture

import (
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

func New(endpoint, key string) openai.Client {
	return openai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithAPIKey(key)) // want "KL102"
}
