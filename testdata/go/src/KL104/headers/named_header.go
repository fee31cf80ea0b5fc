package headers

import (
	"net/http"
	"os"
)

// The header's name is a constant of this file, as reverse proxies write it.
const (
	authHeaderKey = "api-key"
	contentType   = "Content-Type"
)

// Forward sends the Azure OpenAI key to the backend under the named header.
func Forward(req *http.Request) {
	req.Header.Set(contentType, "application/json")
	req.Header.Set(authHeaderKey, os.Getenv("AZURE_OPENAI_API_KEY")) // want "KL104"
}

// Strip drops the caller's key before forwarding with a token.
func Strip(req *http.Request, token string) {
	req.Header.Del(authHeaderKey)
	req.Header.Set("Authorization", "Bearer "+token)
}
