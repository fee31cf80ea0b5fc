package badinput

import (
	"os"

	"github.com/openai/openai-go/v3/azure"
)

var option = azure.WithAPIKey(os.Getenv("AZURE_OPENAI_API_KEY")) // want "KL102"

func broken( {
	return
}
