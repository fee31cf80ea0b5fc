#!/usr/bin/env bash
# Documentation-style placeholder: still key auth once someone pastes the key.
curl -sS -H "api-key: <your-key>" "$URL" # want "KL104"
