#!/bin/sh
echo "$HOME $OPENAI_MODEL $AZURE_OPENAI_DEPLOYMENT"
OPENAI_API_KEY=placeholder
echo "$OPENAI_API_KEY"
# A key variable only tested or shown is handled, not used: no read to report.
if [ -n "$AZURE_OPENAI_API_KEY" ] && [[ -z "${AZURE_SEARCH_KEY}" ]]; then
  echo "Key: ${AZURE_OPENAI_API_KEY:0:8}..."
  printf 'search key set: %s\n' "${AZURE_SEARCH_KEY:+yes}"
fi
test -n "$AZURE_FACE_KEY" || echo "set AZURE_FACE_KEY first"
