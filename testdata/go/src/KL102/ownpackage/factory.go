// Package ownpackage builds the program's providers: its own openai package's Config is the
// program's own settings holder, whichever key it is given; that package's code is where the key
// reaches a client. A read named for Azure written into it is reported as the read.
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
		APIKey: os.Getenv("AZURE_OPENAI_API_KEY"), // want "KL105"
		Model:  "gpt-4o",
	}
}
