package otherfile

import (
	"net/http"
	"os"
)

// Forward sends the Azure OpenAI key under a header named in names.go.
func Forward(req *http.Request, id string) {
	req.Header.Set(requestIDKey, id)
	req.Header.Set(AuthHeaderKey, os.Getenv("AZURE_OPENAI_API_KEY")) // want "KL104"
	headers := map[string]string{}
	headers[AuthHeaderKey] = os.Getenv("AZURE_OPENAI_API_KEY") // want "KL104"
}

// Relay sets whatever header its caller names: the parameter shadows the package's constant.
func Relay(req *http.Request, AuthHeaderKey, value string) {
	req.Header.Set(AuthHeaderKey, value)
}

// Strip removes the caller's key before forwarding with a token.
func Strip(req *http.Request, token string) {
	req.Header.Del(AuthHeaderKey)
	req.Header.Set("Authorization", "Bearer "+token)
}
