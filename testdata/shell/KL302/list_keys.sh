#!/usr/bin/env bash
KEY=$(az cognitiveservices account keys list --name "$ACCOUNT" --resource-group "$RG" --query key1 -o tsv) # want "KL302"
az webapp config appsettings set -g "$RG" -n "$APP" --settings AZURE_OPENAI_API_KEY="$KEY"
