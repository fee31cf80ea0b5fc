// Package ownstruct fills struct literals: an Azure library's options type with a key is a
// key site; a field named ...Key holding a JSON field's name, and the program's own struct
// named for Azure, are not.
package ownstruct

import (
	"os"

	"example.com/fantasy/providers/azure"
)

// AzureSearch is the program's own retriever.
type AzureSearch struct {
	apiKey string
}

// New keeps the key in the program's own struct.
func New(apiKey string) *AzureSearch {
	return &AzureSearch{apiKey: apiKey}
}

// Options configures the library.
func Options() azure.Options {
	return azure.Options{
		ContentKey: "content",
		APIKey:     os.Getenv("AZURE_SEARCH_API_KEY"), // want "KL102"
	}
}
