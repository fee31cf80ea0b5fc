import os

from openai import AzureOpenAI

# A map from each provider's options to the environment variables that hold them: setting
# names, no key values. The read below, with its name taken from the map, is the finding's place.
CREDENTIALS = {
    "azure": {
        "api_key": "AZURE_OPENAI_API_KEY",
        "azure_endpoint": "AZURE_OPENAI_ENDPOINT",
        "azure_deployment": "AZURE_OPENAI_DEPLOYMENT_NAME",
    },
    "openai": {"api_key": "OPENAI_API_KEY"},
}


def client_kwargs(provider: str) -> dict:
    return {option: os.getenv(var) for option, var in CREDENTIALS[provider].items()}


def make_client():
    return AzureOpenAI(**client_kwargs("azure"), api_version="2024-10-21")
