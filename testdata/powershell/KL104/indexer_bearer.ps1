# Keyless: a bearer token from az, set by indexer and passed to curl.
$uri = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
$token = az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv
$headers = @{}
$headers["Authorization"] = "Bearer $token"
curl.exe -s -X POST $uri `
  -H "Authorization: Bearer $token" `
  -d '{"messages": []}'
