# Keyless: a token for the Cognitive Services scope.
# $headers = @{ "api-key" = $key }  <- what this replaced
$token = (Get-AzAccessToken -ResourceUrl "https://cognitiveservices.azure.com").Token
$headers = @{ Authorization = "Bearer $token" }
$example = @"
Headers: @{ "api-key" = `$key }
"@
<#
  Old way: @{ "api-key" = $env:AZURE_OPENAI_API_KEY }
#>
Invoke-RestMethod -Uri $uri -Headers $headers
