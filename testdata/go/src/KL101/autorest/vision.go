// Package autorest builds the older Computer Vision client, whose Authorizer wraps the key:
// a key credential like C#'s CognitiveServicesCredentials.
package autorest

import (
	"os"

	"github.com/Azure/go-autorest/autorest"
)

type VisionClient struct{ Authorizer autorest.Authorizer }

func New() VisionClient {
	key := os.Getenv("COMPUTER_VISION_SUBSCRIPTION_KEY")                          // want "KL105"
	return VisionClient{Authorizer: autorest.NewCognitiveServicesAuthorizer(key)} // want "KL101"
}
