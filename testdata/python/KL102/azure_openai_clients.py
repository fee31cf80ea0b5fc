import os

import openai
from openai import AsyncAzureOpenAI
from openai import AzureOpenAI as AOAI

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]

client = AOAI(
    azure_endpoint=endpoint,
    api_version="2024-10-21",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],  # want "KL102"
)

key = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
async_client = AsyncAzureOpenAI(azure_endpoint=endpoint, api_key=key, api_version="2024-10-21")  # want "KL102"

module_client = openai.AzureOpenAI(azure_endpoint=endpoint, api_version="2024-10-21", api_key=key)  # want "KL102"
