// Package negative builds keyless and openai.com clients: nothing to report.
package negative

import (
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
	"github.com/openai/openai-go/v3/option"
)

// Keyless uses Microsoft Entra ID.
func Keyless(endpoint string) (openai.Client, error) {
	cred, err := azidentity.NewDefaultAzureCredential(nil)
	if err != nil {
		return openai.Client{}, err
	}
	return openai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithTokenCredential(cred)), nil
}

// Public talks to openai.com, where a key is how it works.
func Public() openai.Client {
	return openai.NewClient(option.WithAPIKey(os.Getenv("OPENAI_API_KEY")))
}

// ServicePrincipal gets Entra ID tokens with a service principal's secret: keyless for the
// AI service, whatever the secret's name.
func ServicePrincipal(accessKeyId, accessKeySecret string) error {
	_, err := azidentity.NewClientSecretCredential("", accessKeyId, accessKeySecret, nil)
	return err
}
