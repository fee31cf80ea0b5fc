// Package azure is a stub of a third-party LLM library's Azure OpenAI provider, for analyzer
// tests.
package azure

type Option func()

func WithBaseURL(url string) Option { return nil }
func WithAPIKey(key string) Option  { return nil }

// Options configures the provider.
type Options struct {
	APIKey     string
	ContentKey string
}
