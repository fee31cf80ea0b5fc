// Package ownpackage builds the program's providers: its own openai package's Config given the
// openai.com key is not an Azure key site, but the same Config given an Azure key is.
package ownpackage

import (
	"os"

	"KL102/ownpackage/openai"
)

// OpenAI builds the openai.com provider of an Azure-aware factory.
func OpenAI() openai.Config {
	apiKey := os.Getenv("OPENAI_API_KEY")
	return openai.Config{APIKey: apiKey, Model: "gpt-4o"}
}

// Azure builds the same client toward an Azure OpenAI resource.
func Azure() openai.Config {
	return openai.Config{
		APIKey: os.Getenv("AZURE_OPENAI_API_KEY"), // want "KL102"
		Model:  "gpt-4o",
	}
}
