#!/usr/bin/env bash
# A regional endpoint takes no Entra ID token (only a resource's own subdomain does): the key
# header stays, without a rewrite.
curl -X POST "https://westus.api.cognitive.microsoft.com/text/analytics/v3.1/languages" \
  -H "Ocp-Apim-Subscription-Key: $AZURE_LANGUAGE_KEY" -d @body.json # want "KL104"
