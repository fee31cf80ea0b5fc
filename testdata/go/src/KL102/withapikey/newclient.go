// Package withapikey shows openai-go clients for Azure built with an API key.
package withapikey

import (
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

// NewClient reads the key into a variable used only for the client.
func NewClient(endpoint string) (openai.Client, error) {
	key := os.Getenv("AZURE_OPENAI_API_KEY") // want "KL105"
	client := openai.NewClient(
		azure.WithEndpoint(endpoint, "2024-10-21"),
		azure.WithAPIKey(key), // want "KL102"
	)
	return client, nil
}
