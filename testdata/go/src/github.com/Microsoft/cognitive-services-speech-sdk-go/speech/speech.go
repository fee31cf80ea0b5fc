// Package speech is a stub of the Speech SDK's Go package for keylint's tests.
package speech

// SpeechConfig configures a recognizer or synthesizer.
type SpeechConfig struct{}

// NewSpeechConfigFromSubscription builds a config from a resource key and region.
func NewSpeechConfigFromSubscription(subscriptionKey string, region string) (*SpeechConfig, error) {
	return &SpeechConfig{}, nil
}

// NewSpeechConfigFromAuthorizationToken builds a config from an Entra ID or STS token.
func NewSpeechConfigFromAuthorizationToken(authorizationToken string, region string) (*SpeechConfig, error) {
	return &SpeechConfig{}, nil
}
