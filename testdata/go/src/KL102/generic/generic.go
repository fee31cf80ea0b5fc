// Package generic shows keys reaching APIs keylint has no table for: go-openai's Azure config
// and a wrapper's struct, in a file that talks to Azure.
package generic

import (
	"os"

	"example.com/azwrap/auth"
	openai "github.com/sashabaranov/go-openai"
)

const endpoint = "https://contoso.openai.azure.com"

// Azure is go-openai pointed at Azure OpenAI with a key.
func Azure() openai.ClientConfig {
	return openai.DefaultAzureConfig(os.Getenv("AZURE_OPENAI_API_KEY"), endpoint) // want "KL102"
}

// Token is go-openai's Azure config too, the key being named a token.
func Token(cfg struct{ AzureToken string }) openai.ClientConfig {
	return openai.DefaultAzureConfig(cfg.AzureToken, endpoint) // want "KL102"
}

// OpenAICom needs openai.com's key: not an Azure finding.
func OpenAICom() openai.ClientConfig {
	return openai.DefaultConfig(os.Getenv("OPENAI_API_KEY"))
}

// Wrapper hands a key read under a plain name to a wrapper's authorizer.
func Wrapper() auth.Authorizer {
	apiKey := os.Getenv("API_KEY")         // want "KL105"
	return auth.Authorizer{ApiKey: apiKey} // want "KL102"
}

// Keyless gives the wrapper a credential: nothing to report.
func Keyless(cred any) auth.Authorizer {
	return auth.Authorizer{Credential: cred}
}

// Stripe's key in the same file is not an Azure one.
func Stripe() map[string]string {
	return NewPayments(os.Getenv("STRIPE_API_KEY"))
}

// NewPayments stands for another service's client.
func NewPayments(key string) map[string]string { return map[string]string{"k": key} }
