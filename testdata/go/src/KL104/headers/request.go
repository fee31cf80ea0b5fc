// Package headers sends keys in raw HTTP requests.
package headers

import (
	"net/http"
	"os"
)

// Ask calls the REST API with a key header.
func Ask(url string) (*http.Request, error) {
	key := os.Getenv("AZURE_OPENAI_API_KEY") // want "KL105"
	req, err := http.NewRequest(http.MethodPost, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("api-key", key)                          // want "KL104"
	req.Header["Ocp-Apim-Subscription-Key"] = []string{key} // want "KL104"
	h := http.Header{"Api-Key": {key}}                      // want "KL104"
	_ = h
	req.Header.Set("Authorization", "Bearer "+os.Getenv("TOKEN"))
	req.Header.Del("api-key")
	return req, nil
}
