// Package resty calls Computer Vision with resty's request builder: SetHeader is a header
// setter like http.Header.Set.
package resty

import "github.com/go-resty/resty/v2"

const analyzeURL = "https://westus.api.cognitive.microsoft.com/vision/v3.2/analyze"

type Client struct{ APIToken *string }

func (c *Client) Analyze(body []byte) (*resty.Response, error) {
	return resty.New().R().
		SetHeader("Ocp-Apim-Subscription-Key", *c.APIToken). // want "KL104"
		SetHeader("Content-Type", "application/octet-stream").
		SetBody(body).
		Post(analyzeURL)
}

// Not a key header: a trace id.
func (c *Client) Trace(id string) *resty.Request {
	return resty.New().R().SetHeader("X-Trace-Id", id)
}
