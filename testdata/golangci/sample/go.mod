module example.com/sample

go 1.26

require (
	github.com/Azure/azure-sdk-for-go/sdk/azidentity v1.15.0
	github.com/openai/openai-go/v3 v3.96.0
)
