package headers

import (
	"context"
	"net/http"
)

// A library's own key path to https://contoso.openai.azure.com/openai/deployments/...: the
// key its caller configured. The header is reported but keeps the key, as a
// DefaultAzureCredential of the library's own would ignore the caller's choice.

// Client holds the key its caller gave.
type Client struct {
	token string
}

// Do sends the client's key.
func (c *Client) Do(ctx context.Context, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("api-key", c.token) // want "KL104"
	return http.DefaultClient.Do(req)
}

// Options are a caller's settings.
type Options struct {
	APIKey string
}

// Send sends the key of the options it is given.
func Send(ctx context.Context, opts Options, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, nil)
	if err != nil {
		return nil, err
	}
	key := opts.APIKey
	req.Header.Set("api-key", key) // want "KL104"
	return http.DefaultClient.Do(req)
}
