// Package autorest is a stub of the older Azure SDK's request pipeline.
package autorest

type Authorizer interface{}

type CognitiveServicesAuthorizer struct{ subscriptionKey string }

func NewCognitiveServicesAuthorizer(subscriptionKey string) *CognitiveServicesAuthorizer {
	return &CognitiveServicesAuthorizer{subscriptionKey}
}
