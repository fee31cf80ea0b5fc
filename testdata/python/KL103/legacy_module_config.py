import os

import openai

openai.api_type = "azure"
openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")
openai.api_version = "2023-05-15"
openai.api_key = os.getenv("AZURE_OPENAI_KEY")  # want "KL103"

response = openai.ChatCompletion.create(engine="gpt-35-turbo", messages=[])
