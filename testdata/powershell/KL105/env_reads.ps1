$endpoint = $env:AZURE_OPENAI_ENDPOINT
$key = $env:AZURE_OPENAI_API_KEY # want "KL105"
$search = [Environment]::GetEnvironmentVariable("AZURE_SEARCH_KEY") # want "KL105"
$env:AZURE_OPENAI_API_KEY = Read-Host -AsSecureString
Write-Host "Using ${env:AZURE_OPENAI_ENDPOINT} with ${env:AZURE_OPENAI_KEY}" # want "KL105"
