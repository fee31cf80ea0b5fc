// Package keycredclient shows azopenai clients built from a key credential.
package keycredclient

import (
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

// New builds the client from a key in the environment.
func New(endpoint string) (*azopenai.Client, error) {
	keyCredential := azcore.NewKeyCredential(os.Getenv("AZURE_OPENAI_API_KEY")) // want "KL101"
	return azopenai.NewClientWithKeyCredential(endpoint, keyCredential, nil)    // want "KL102"
}
