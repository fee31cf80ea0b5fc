// Package tts is the program's own Azure speech client.
package tts

import "net/http"

// AzureClient calls the Speech REST API.
type AzureClient struct {
	endpoint string
	apiKey   string
}

// Synthesize sends the text with the resource key.
func (c *AzureClient) Synthesize(text string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, c.endpoint+"/cognitiveservices/v1", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", c.apiKey) // want "KL104"
	return http.DefaultClient.Do(req)
}

// NewAzureTTS is the program's own constructor, named for Azure: the key it is given is
// reported where Synthesize sends it.
func NewAzureTTS(apiKey, region string) *AzureClient {
	return &AzureClient{endpoint: "https://" + region + ".tts.speech.microsoft.com", apiKey: apiKey}
}
