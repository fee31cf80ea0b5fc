package setting

import (
	"context"
	"net/http"
)

// A library sending the key its caller gave to the Text Analytics endpoint its caller gave:
// the header stays (a DefaultAzureCredential of its own would ignore the caller's choice).
func Sentiment(ctx context.Context, endpoint, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "POST", endpoint+"/text/analytics/v3.0/sentiment", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", key) // want "KL104"
	return http.DefaultClient.Do(req)
}
