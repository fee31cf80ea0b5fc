package testfixture

import (
	"testing"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

const fakeKey = "test-key"

// Made-up keys in a test are fixtures no one fills in: not findings. A real-looking one is
// still a hard-coded key (KL106).
func TestClients(t *testing.T) {
	_ = openai.NewClient(azure.WithEndpoint("https://x.openai.azure.com", "2024-10-21"), azure.WithAPIKey("test-key"))
	_ = openai.NewClient(azure.WithEndpoint("https://x.openai.azure.com", "2024-10-21"), azure.WithAPIKey(fakeKey))
}
