import os

from openai import AzureOpenAI

client_args = {"azure_endpoint": os.environ["AZURE_OPENAI_ENDPOINT"], "api_version": "2024-10-21"}
client_args["api_key"] = os.environ["AZURE_OPENAI_API_KEY"]  # want "KL102"

client = AzureOpenAI(**client_args)
