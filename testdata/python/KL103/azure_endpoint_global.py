import os

import openai

# openai>=1's module client pointed at Azure by its azure_endpoint attribute.
openai.azure_endpoint = os.getenv("AZURE_OPENAI_ENDPOINT")
openai.api_version = os.getenv("OPENAI_API_VERSION")
openai.api_key = os.getenv("OPENAI_API_KEY")  # want "KL103"
