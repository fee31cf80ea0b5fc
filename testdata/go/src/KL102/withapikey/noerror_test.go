package withapikey

import (
	"testing"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

// In a test the credential's error fails the test.
func TestClient(t *testing.T) {
	client := openai.NewClient(azure.WithEndpoint("https://contoso.openai.azure.com", "2024-10-21"), azure.WithAPIKey(key())) // want "KL102"
	_ = client
}

func key() string { return "k" }
