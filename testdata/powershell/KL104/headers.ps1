$key = $env:AZURE_OPENAI_API_KEY # want "KL105"
$headers = @{ "api-key" = $key; "Content-Type" = "application/json" } # want "KL104"
Invoke-RestMethod -Uri $uri -Method Post -Headers @{ 'Ocp-Apim-Subscription-Key' = $env:AZURE_AI_KEY } -Body $body # want "KL104"
$client = [System.Net.Http.HttpClient]::new()
$client.DefaultRequestHeaders.Add("api-key", $key) # want "KL104"
