#!/usr/bin/env bash
# Keyless: grant the app's identity the data-plane role instead of reading keys.
az role assignment create --assignee "$PRINCIPAL_ID" --role "Cognitive Services OpenAI User" --scope "$ACCOUNT_ID"
az cognitiveservices account show --name "$ACCOUNT" --resource-group "$RG"
