// Package openai is the program's own openai.com client (its import path is no SDK's).
package openai

// Config configures the client.
type Config struct {
	APIKey string
	Model  string
}
