package headers

import "net/http"

// Translate sends a key the caller was given, in a header setter written over several lines:
// it is reported where the header's name is, as a header map's entry is.
func Translate(req *http.Request, key string) {
	req.URL.Host = "api.cognitive.microsofttranslator.com"
	req.Header.Set(
		"Ocp-Apim-Subscription-Key", // want "KL104"
		key,
	)
	req.Header.Set(
		"Content-Type",
		"application/json",
	)
}
