package headers

import (
	"context"
	"net/http"
	"os"
)

// Analyze calls an AI services resource on its own subdomain, which takes Entra ID tokens in
// place of the subscription key; the token is fetched with the function's context.
func Analyze(ctx context.Context, req *http.Request) error {
	req.URL.Host = "contoso.cognitiveservices.azure.com"
	req.Header["Ocp-Apim-Subscription-Key"] = []string{os.Getenv("AZURE_AI_SERVICES_KEY")} // want "KL104"
	_, err := http.DefaultClient.Do(req)
	return err
}
