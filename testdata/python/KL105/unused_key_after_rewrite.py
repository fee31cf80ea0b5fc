import os

from openai import AzureOpenAI


def make_client():
    # Read, never used: the client fell back to the environment. It goes with the rewrite.
    api_key = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
    return AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com/", api_version="2024-10-21")  # want "KL107"


def printed():
    # Used (printed): stays.
    key = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
    print("key set:", bool(key))
    return AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com/", api_version="2024-10-21")  # want "KL107"
