// Package azure is a stub of openai-go's azure package for analyzer tests.
package azure

import (
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/openai/openai-go/v3/option"
)

func WithEndpoint(endpoint string, apiVersion string) option.RequestOption { return nil }
func WithAPIKey(apiKey string) option.RequestOption                        { return nil }
func WithTokenCredential(cred azcore.TokenCredential) option.RequestOption { return nil }
