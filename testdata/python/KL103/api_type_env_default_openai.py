import os

import openai

# Defaults to openai.com; nothing in the file points at Azure.
openai.api_type = os.getenv("OPENAI_API_TYPE", "open_ai")
openai.api_key = os.getenv("OPENAI_API_KEY")

# Keyless Azure: an Entra ID token under api_type "azure_ad" by default.
openai.api_type = os.environ.get("OPENAI_API_TYPE", "azure_ad")
openai.api_key = token.token


def test_module_client_defaults() -> None:
    # api_type None: openai.com unless the environment says otherwise.
    openai.api_type = None
    openai.api_key = "example API key"


def configure_azure_elsewhere() -> None:
    openai.azure_endpoint = "https://contoso.openai.azure.com"
