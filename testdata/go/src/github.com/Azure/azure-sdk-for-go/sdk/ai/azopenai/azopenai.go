// Package azopenai is a stub for analyzer tests.
package azopenai

import "github.com/Azure/azure-sdk-for-go/sdk/azcore"

type Client struct{}

type ClientOptions struct{}

func NewClient(endpoint string, credential azcore.TokenCredential, options *ClientOptions) (*Client, error) {
	return &Client{}, nil
}

func NewClientWithKeyCredential(endpoint string, credential *azcore.KeyCredential, options *ClientOptions) (*Client, error) {
	return &Client{}, nil
}

func NewClientForOpenAI(endpoint string, credential *azcore.KeyCredential, options *ClientOptions) (*Client, error) {
	return &Client{}, nil
}
