// Package azidentity is a stub for analyzer tests.
package azidentity

type DefaultAzureCredentialOptions struct{}

type DefaultAzureCredential struct{}

func NewDefaultAzureCredential(options *DefaultAzureCredentialOptions) (*DefaultAzureCredential, error) {
	return &DefaultAzureCredential{}, nil
}

type ClientSecretCredentialOptions struct{}

type ClientSecretCredential struct{}

func NewClientSecretCredential(tenantID, clientID, secret string, options *ClientSecretCredentialOptions) (*ClientSecretCredential, error) {
	return &ClientSecretCredential{}, nil
}
