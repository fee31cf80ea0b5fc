// Package openai is a stub of github.com/sashabaranov/go-openai for the analyzer tests.
package openai

// ClientConfig configures a client.
type ClientConfig struct{ BaseURL string }

// DefaultConfig is the openai.com configuration.
func DefaultConfig(authToken string) ClientConfig { return ClientConfig{} }

// DefaultAzureConfig is the Azure OpenAI configuration: an API key and the resource URL.
func DefaultAzureConfig(apiKey, baseURL string) ClientConfig { return ClientConfig{BaseURL: baseURL} }

// Client talks to the API.
type Client struct{ config ClientConfig }

// NewClientWithConfig builds a client from a configuration.
func NewClientWithConfig(config ClientConfig) *Client { return &Client{config: config} }
