// Package envreads reads settings.
package envreads

import "os"

// Settings for an Azure OpenAI deployment.
type Settings struct{ Endpoint, Key, Search, Model string }

// Load reads the environment.
func Load() Settings {
	search, _ := os.LookupEnv("AZURE_SEARCH_ADMIN_KEY") // want "KL105"
	return Settings{
		Endpoint: os.Getenv("AZURE_OPENAI_ENDPOINT"),
		Key:      os.Getenv("AZURE_OPENAI_API_KEY"), // want "KL105"
		Search:   search,
		Model:    os.Getenv("OPENAI_MODEL"),
	}
}
