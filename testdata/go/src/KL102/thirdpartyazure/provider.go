// Package thirdpartyazure configures a third-party library's Azure provider, whose package is
// named azure: its API-key option is an Azure key site, given a plain parameter. The program's
// own builder named for Azure, given the key, is the local-wrapper sink (KL102) as well.
package thirdpartyazure

import "example.com/fantasy/providers/azure"

type coordinator struct{}

func (c *coordinator) buildAzureProvider(baseURL, apiKey string) []azure.Option {
	return []azure.Option{
		azure.WithBaseURL(baseURL),
		azure.WithAPIKey(apiKey), // want "KL102"
	}
}

func (c *coordinator) build(baseURL, apiKey string) []azure.Option {
	return c.buildAzureProvider(baseURL, apiKey) // want "KL102"
}
