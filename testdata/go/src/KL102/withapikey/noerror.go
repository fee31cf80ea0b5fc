package withapikey

import (
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

// NoError cannot return an error, so the finding carries no automatic fix.
func NoError(endpoint, key string) openai.Client {
	return openai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithAPIKey(key)) // want "KL102"
}
