// Package speechsdk shows the Speech SDK for Go: an Azure AI client whose config takes the
// resource key by position.
package speechsdk

import (
	"os"

	"github.com/Microsoft/cognitive-services-speech-sdk-go/speech"
)

// FromKey builds the config from the resource key.
func FromKey() (*speech.SpeechConfig, error) {
	speechKey := os.Getenv("SPEECH_KEY") // want "KL105"
	region := os.Getenv("SPEECH_REGION")
	return speech.NewSpeechConfigFromSubscription(speechKey, region) // want "KL102"
}

// FromToken uses an authorization token: no key in this file.
func FromToken(token string) (*speech.SpeechConfig, error) {
	return speech.NewSpeechConfigFromAuthorizationToken(token, os.Getenv("SPEECH_REGION"))
}
