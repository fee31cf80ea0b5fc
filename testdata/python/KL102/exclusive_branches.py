import os

from openai import AzureOpenAI, OpenAI


def make(use_azure: bool):
    # One name, two branches: the openai.com branch's read never reaches the Azure client.
    if use_azure:
        api_key = os.getenv("AZURE_OPENAI_KEY", "")  # want "KL105"
        return AzureOpenAI(api_key=api_key, azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21")  # want "KL102"
    else:
        api_key = os.getenv("OPENAI_API_KEY", "")
        return OpenAI(api_key=api_key)
