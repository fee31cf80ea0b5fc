package setting

import (
	"context"
	"net/http"
	"strings"
)

// A quickstart with placeholders: the path says Face, which takes tokens on its resource's
// custom subdomain. The placeholder key goes with the header.
func detect(ctx context.Context) (*http.Response, error) {
	var subscriptionKey string = "PASTE_YOUR_FACE_SUBSCRIPTION_KEY_HERE"
	endpoint := "PASTE_YOUR_FACE_ENDPOINT_HERE"
	req, err := http.NewRequestWithContext(ctx, "POST", endpoint+"/face/v1.0/detect", strings.NewReader(`{}`))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", subscriptionKey) // want "KL104"
	return http.DefaultClient.Do(req)
}
