// Command sample is what scripts/e2e-golangci.sh lints with a custom golangci-lint that
// includes the keylint plugin, then fixes with --fix and builds.
package main

import (
	"fmt"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

func newClient(endpoint string) (openai.Client, error) {
	key := os.Getenv("AZURE_OPENAI_API_KEY") // want "KL105"
	client := openai.NewClient(
		azure.WithEndpoint(endpoint, "2024-10-21"),
		azure.WithAPIKey(key), // want "KL102"
	)
	return client, nil
}

func main() {
	client, err := newClient("https://contoso.openai.azure.com")
	fmt.Println(client, err)
}
