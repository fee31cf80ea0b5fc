// Command gateway forwards chat requests to Azure OpenAI.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
)

func newClient() (openai.Client, error) {
	client := openai.NewClient(
		azure.WithEndpoint(os.Getenv("AZURE_OPENAI_ENDPOINT"), "2024-10-21"),
		azure.WithAPIKey(os.Getenv("AZURE_OPENAI_API_KEY")),
	)
	return client, nil
}

func main() {
	client, err := newClient()
	if err != nil {
		panic(err)
	}
	resp, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model:    "gpt-4o",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")},
	})
	fmt.Println(resp, err)
}
