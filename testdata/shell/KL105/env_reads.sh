#!/bin/sh
endpoint="$AZURE_OPENAI_ENDPOINT"
key="$AZURE_OPENAI_API_KEY" # want "KL105"
python3 app.py --key "${AZURE_SEARCH_KEY}" # want "KL105"
echo "$endpoint $key"
# Tested, then used: the use is the read.
if [ -n "$AZURE_SPEECH_KEY" ]; then
  ./transcribe --key "$AZURE_SPEECH_KEY" audio.wav # want "KL105"
fi
