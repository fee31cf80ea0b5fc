#!/usr/bin/env bash
# az rest sends the headers it is given: the Search admin key in api-key is key auth.
set -euo pipefail
SEARCH_ENDPOINT="https://contoso-search.search.windows.net"
SEARCH_ADMIN_KEY="${SEARCH_ADMIN_KEY:?set SEARCH_ADMIN_KEY}"

az rest --method put \
  --url "${SEARCH_ENDPOINT}/indexes/docs?api-version=2023-11-01" \
  --headers "api-key=${SEARCH_ADMIN_KEY}" "Content-Type=application/json" \
  --body @index.json

az rest --method post --url "${SEARCH_ENDPOINT}/indexers/docs/run?api-version=2023-11-01" --headers '{"api-key": "'"$SEARCH_ADMIN_KEY"'"}'

# Keyless: az rest's own Entra ID token for the resource, and headers that carry no key.
az rest --method get --url "${SEARCH_ENDPOINT}/indexes?api-version=2023-11-01" \
  --resource "https://search.azure.com" --headers "Content-Type=application/json"
az rest --method get --url "https://management.azure.com/subscriptions?api-version=2022-12-01" --headers "x-ms-client-request-id=abc"
