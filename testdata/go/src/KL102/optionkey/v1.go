// Package optionkey builds an openai-go client for the Azure v1 API with option.WithAPIKey.
package optionkey

import (
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// V1 points openai-go at an Azure v1 endpoint.
func V1() (openai.Client, error) {
	return openai.NewClient(
		option.WithBaseURL("https://contoso.openai.azure.com/openai/v1/"),
		option.WithAPIKey(os.Getenv("AZURE_OPENAI_API_KEY")), // want "KL102"
	), nil
}
