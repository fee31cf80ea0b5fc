import os

from openai import AzureOpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

client = AzureOpenAI(
    azure_endpoint="https://contoso.openai.azure.com/",
    azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"),
    api_version="2024-10-21",
)


def ask(question: str, use_keys: bool):
    return client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": question}],
        extra_body={
            "data_sources": [
                {
                    "type": "azure_search",
                    "parameters": {
                        "endpoint": os.environ["AZURE_SEARCH_ENDPOINT"],
                        "index_name": "docs",
                        # The managed-identity branch is the keyless one.
                        "authentication": (
                            {
                                "type": "api_key",
                                "key": os.environ["AZURE_SEARCH_KEY"],  # want "KL102"
                            }
                            if use_keys
                            else {
                                "type": "system_assigned_managed_identity",
                            }
                        ),
                    },
                }
            ]
        },
    )


def ask_keyed(question: str, use_keys: bool, token: str):
    # The other branch is an access token, not a managed identity: left alone.
    auth = {"type": "api_key", "key": os.environ["AZURE_SEARCH_KEY"]} if use_keys else {"type": "access_token", "access_token": token}  # want "KL102"
    return client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": question}],
        extra_body={"data_sources": [{"type": "azure_search", "parameters": {"index_name": "docs", "authentication": auth}}]},
    )


class SearchSettings:
    def __init__(self, key: str = None):
        self.key = key
        # The if tests the key, the else is a managed identity: the key branch does the same.
        if self.key:
            self.authentication = {"type": "api_key", "key": self.key}  # want "KL102"
        else:
            self.authentication = {"type": "system_assigned_managed_identity"}

    def embedding(self, endpoint: str, embedding_key: str = None, token: str = None):
        if embedding_key:
            return {"type": "endpoint", "endpoint": endpoint, "authentication": {"type": "api_key", "key": embedding_key}}  # want "KL102"
        elif token:
            # Three ways: left alone.
            return {"type": "endpoint", "endpoint": endpoint, "authentication": {"type": "access_token", "access_token": token}}
        else:
            return {"type": "endpoint", "endpoint": endpoint, "authentication": {"type": "system_assigned_managed_identity"}}
