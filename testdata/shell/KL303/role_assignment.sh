#!/usr/bin/env bash
set -euo pipefail
APP_PRINCIPAL_ID=$(az webapp identity show -g "$RG" -n "$APP" --query principalId -o tsv)
ACCOUNT_ID=$(az cognitiveservices account show -g "$RG" -n "$ACCOUNT" --query id -o tsv)

# Too much: this role can list the keys.
az role assignment create --assignee "$APP_PRINCIPAL_ID" --role "Cognitive Services User" --scope "$ACCOUNT_ID" # want "KL303"
az role assignment create --assignee-object-id "$APP_PRINCIPAL_ID" --assignee-principal-type ServicePrincipal \
  --role 25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68 --scope "$ACCOUNT_ID" # want "KL303"

ROLE="Cognitive Services Contributor"
az role assignment create --assignee "$APP_PRINCIPAL_ID" --role "$ROLE" --scope "$ACCOUNT_ID" # want "KL303"
