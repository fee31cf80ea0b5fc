// Command mainfunc builds an Azure OpenAI client in main, which returns no error: the
// credential's error ends the program with log.Fatal.
package main

import (
	"fmt"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

func main() {
	client := openai.NewClient(
		azure.WithEndpoint(os.Getenv("AZURE_OPENAI_ENDPOINT"), "2024-10-21"),
		azure.WithAPIKey(os.Getenv("AZURE_OPENAI_API_KEY")), // want "KL102"
	)
	fmt.Println(client)
}
