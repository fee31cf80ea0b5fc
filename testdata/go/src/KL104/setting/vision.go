package setting

import (
	"net/http"
	"os"
	"strings"
)

// The endpoint comes from a setting whose name says the service: Computer Vision takes Entra
// ID tokens on the resource's custom subdomain, which COMPUTER_VISION_ENDPOINT must be. The
// key variable goes with the header (Go rejects an unused one).
func analyze() error {
	key := os.Getenv("COMPUTER_VISION_SUBSCRIPTION_KEY")
	endpoint := os.Getenv("COMPUTER_VISION_ENDPOINT")
	req, err := http.NewRequest("POST", endpoint+"/vision/v3.2/analyze", strings.NewReader(`{}`))
	if err != nil {
		return err
	}
	req.Header.Add("Ocp-Apim-Subscription-Key", key) // want "KL104"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
