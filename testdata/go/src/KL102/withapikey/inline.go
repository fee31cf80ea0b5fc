package withapikey

import (
	"fmt"
	"os"

	oai "github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

// Inline reads the key inside the call: only the client finding is reported. The key check
// that stays uses os, so os stays imported.
func Inline(endpoint string) (*oai.Client, int, error) {
	if os.Getenv("AZURE_OPENAI_API_KEY") == "" { // want "KL105"
		return nil, 0, fmt.Errorf("no key")
	}
	c := oai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithAPIKey(os.Getenv("AZURE_OPENAI_API_KEY"))) // want "KL102"
	return &c, 0, nil
}
