// Package auth is a stub of a third-party Azure OpenAI wrapper's authorizer.
package auth

// Authorizer carries an API key or an Entra ID credential.
type Authorizer struct {
	ApiKey     string
	Credential any
}
