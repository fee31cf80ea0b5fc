package setting

import (
	"net/http"
	"os"
)

// Bing takes its subscription key only: the header stays.
func search(q string) (*http.Response, error) {
	req, err := http.NewRequest("GET", os.Getenv("BING_SEARCH_V7_ENDPOINT")+"/v7.0/search?q="+q, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", os.Getenv("BING_SEARCH_V7_SUBSCRIPTION_KEY")) // want "KL104"
	return http.DefaultClient.Do(req)
}
