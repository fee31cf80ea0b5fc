// Package placeholder is sample code: key auth once the placeholder is filled in.
package placeholder

import (
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

// Placeholder cannot return an error: the finding carries no fix.
func Placeholder(endpoint string) openai.Client {
	return openai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithAPIKey("<your-api-key>")) // want "KL102"
}
