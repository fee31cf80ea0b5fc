#!/bin/sh
endpoint="$AZURE_OPENAI_ENDPOINT"
key="$AZURE_OPENAI_API_KEY" # want "KL105"
python3 app.py --key "${AZURE_SEARCH_KEY}" # want "KL105"
echo "$endpoint $key"
