#!/usr/bin/env bash
# Keyless: a token from az, sent as a bearer token.
token=$(az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv)
curl -sS -H "Authorization: Bearer $token" -H "Content-Type: application/json" "$AZURE_OPENAI_ENDPOINT/openai/v1/models"
echo "pass -H 'api-key: \$KEY' to curl"
