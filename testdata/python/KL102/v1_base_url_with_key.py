import os

from openai import OpenAI

client = OpenAI(
    base_url="https://contoso.openai.azure.com/openai/v1/",
    api_key=os.getenv("AZURE_OPENAI_API_KEY"),  # want "KL102"
)
