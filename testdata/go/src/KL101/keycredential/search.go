// Package keycredential wraps keys for Azure clients.
package keycredential

import (
	azopenai "github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	. "github.com/Azure/azure-sdk-for-go/sdk/azcore"
	core "github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

var searchCredential = core.NewKeyCredential(searchKey()) // want "KL101"

var dotCredential = NewKeyCredential(searchKey()) // want "KL101"

func searchKey() string { return "" }

// ForOpenAI is openai.com through azopenai: not an Azure key.
func ForOpenAI(key string) (*azopenai.Client, error) {
	return azopenai.NewClientForOpenAI("https://api.openai.com/v1", core.NewKeyCredential(key), nil)
}
