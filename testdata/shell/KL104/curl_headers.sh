#!/usr/bin/env bash
set -euo pipefail
# Call the deployment with the key from the environment.
curl -sS -d @body.json -H "api-key: $AZURE_OPENAI_API_KEY" \
  -H "Content-Type: application/json" "$AZURE_OPENAI_ENDPOINT/openai/v1/chat/completions"
curl --header "Ocp-Apim-Subscription-Key: ${AZURE_AI_KEY}" "https://contoso.cognitiveservices.azure.com/vision" # want "KL104"
wget --header="api-key: $AZURE_OPENAI_API_KEY" -O out.json "$URL" # want "KL104"
http POST "$URL" "api-key:$AZURE_OPENAI_API_KEY" < body.json # want "KL104"
