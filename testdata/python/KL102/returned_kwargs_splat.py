import os

from groq import Groq
from llama_index.llms.azure_openai import AzureOpenAI


def _auth_kwargs() -> dict:
    # The key when one is set, else a token provider: the dict is the client's keyword
    # arguments, spread in below.
    key = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
    if key:
        return {"api_key": key}  # want "KL102"
    return {"use_azure_ad": True}


def build_llm() -> AzureOpenAI:
    return AzureOpenAI(
        engine="gpt-4o",
        azure_endpoint="https://contoso.openai.azure.com/",
        api_version="2024-10-21",
        **_auth_kwargs(),
    )


def _groq_kwargs() -> dict:
    # Another provider's key, spread into its own client: not an Azure key.
    return {"api_key": os.environ["GROQ_API_KEY"]}


groq = Groq(**_groq_kwargs())


def client_kwargs(azure: bool) -> dict:
    # One helper for both services: its openai.com branch (base_url, organization) is not the
    # Azure client's key, though the same splat reaches AzureOpenAI.
    if azure:
        return {"azure_endpoint": "https://contoso.openai.azure.com/", "api_key": os.environ["AZURE_OPENAI_API_KEY"]}  # want "KL102"
    return {"api_key": os.environ["OPENAI_API_KEY"], "organization": "org-1", "base_url": "https://api.openai.com/v1"}


either = AzureOpenAI(engine="gpt-4o", api_version="2024-10-21", **client_kwargs(True))
