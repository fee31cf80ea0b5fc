# Names that end in "api-key" but are not the header (a Key Vault secret's name, a setting's)
# are no key header; the header itself, in the same hashtable form, is.
$endpoint = "https://contoso.openai.azure.com"
$aiKey = $env:AZURE_OPENAI_API_KEY # want "KL105"

$secrets = @{
    "agent-api-key"  = $aiKey
    "search-api-key" = $env:AZURE_SEARCH_KEY # want "KL105"
}
foreach ($name in $secrets.Keys) {
    az keyvault secret set --vault-name kv --name $name --value $secrets[$name] | Out-Null
}

$headers = @{ "api-key" = $aiKey } # want "KL104"
Invoke-RestMethod -Uri "$endpoint/openai/models?api-version=2024-10-21" -Headers $headers
