#!/usr/bin/env bash
export AZURE_OPENAI_API_KEY=0123456789abcdef0123456789abcdef # want "KL106"
SEARCH_KEY='fedcba9876543210fedcba9876543210' # want "KL106"
curl -H "api-key: a1b2c3d4e5f60718293a4b5c6d7e8f90" "$URL" # want "KL104" "KL106"
