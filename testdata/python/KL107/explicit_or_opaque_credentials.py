import os

import httpx
from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

provider = get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")
settings = {"azure_endpoint": os.environ["AZURE_OPENAI_ENDPOINT"], "api_version": "2024-10-21"}

keyless = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-10-21", azure_ad_token_provider=provider)
spread = AzureOpenAI(**settings)
custom = AzureOpenAI(api_version="2024-10-21", http_client=httpx.Client())
headers = AzureOpenAI(api_version="2024-10-21", default_headers={"Authorization": "Bearer x"})

# Teams AI's AzureOpenAIEmbeddings takes an options object built by a call: the key is the
# options' KL102, and the client is not built without a credential.
from teams.ai.embeddings import AzureOpenAIEmbeddings, AzureOpenAIEmbeddingsOptions

embeddings = AzureOpenAIEmbeddings(AzureOpenAIEmbeddingsOptions(
    azure_api_key=os.environ["AZURE_OPENAI_API_KEY"],  # want "KL102"
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    azure_deployment="text-embedding-3-small",
))

# semantic-kernel 0.x took the key by position: a key given, KL102, no KL107.
import semantic_kernel as sk
from semantic_kernel.connectors.ai.open_ai import AzureTextCompletion

deployment, api_key, endpoint = sk.azure_openai_settings_from_dot_env()
completion = AzureTextCompletion(deployment, endpoint, api_key)  # want "KL102"
