# Headers set by indexer, and curl.exe with the key header on a backtick-continued line.
$uri = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
$ApiKey = [System.Environment]::GetEnvironmentVariable("AZURE_OPENAI_API_KEY", "User") # want "KL105"
$headers = @{}
$headers["api-key"] = $ApiKey # want "KL104"
$headers['Content-Type'] = "application/json"
curl.exe -s -X POST $uri `
  -H "api-key: $ApiKey" ` # want "KL104"
  -H "Content-Type: application/json" `
  -d '{"messages": []}'
