package ownpackage

import (
	"os"

	"KL102/ownpackage/tts"
)

// Speaker builds the program's own speech client from the program's own package: no finding
// at the call (its body is where the key is sent); the read names Azure and is reported.
func Speaker() *tts.AzureClient {
	key := os.Getenv("AZURE_TTS_KEY") // want "KL105"
	return tts.NewAzureTTS(key, "westeurope")
}
