#!/usr/bin/env bash
# The data-plane role is enough for an app; a developer may keep the wider role for their own access.
az role assignment create --assignee "$APP_PRINCIPAL_ID" --role "Cognitive Services OpenAI User" --scope "$ACCOUNT_ID"
az role assignment create --assignee "$(az ad signed-in-user show --query id -o tsv)" \
  --assignee-principal-type User --role "Cognitive Services User" --scope "$ACCOUNT_ID"
az role assignment list --role "Cognitive Services User" --scope "$ACCOUNT_ID"
echo "grant Cognitive Services User by hand if you must"
