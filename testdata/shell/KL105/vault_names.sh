#!/usr/bin/env bash
# Key Vault names and storage keys are not Azure AI keys.
az keyvault secret show --vault-name "$AZURE_KEY_VAULT_NAME" --name openai-endpoint
echo "$AZURE_STORAGE_KEY" > /dev/null
