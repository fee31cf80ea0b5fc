package tts

import "testing"

// A test builds the package's own client (an unqualified type, declared in another file of the
// package) with a dummy key: holding it is not authenticating; azure.go's header is the finding.
func TestSynthesize(t *testing.T) {
	c := &AzureClient{endpoint: "https://westeurope.tts.speech.microsoft.com", apiKey: "test-api-key"}
	if c.apiKey == "" {
		t.Fatal("no key")
	}
}
