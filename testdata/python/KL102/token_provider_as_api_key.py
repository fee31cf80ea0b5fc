import os

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI, OpenAI

token_provider = get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")

# The v1 API accepts a callable as api_key: that is keyless.
client = OpenAI(base_url="https://contoso.openai.azure.com/openai/v1/", api_key=token_provider)

inline = OpenAI(
    base_url=os.environ["AZURE_OPENAI_ENDPOINT"] + "/openai/v1/",
    api_key=get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"),
)

classic = AzureOpenAI(
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    api_version="2024-10-21",
    azure_ad_token_provider=token_provider,
)
explicit_none = AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21", api_key=None, azure_ad_token_provider=token_provider)

# openai<1.0 with an Entra ID token in the module global, then handed on: still a token.
import openai

openai.api_type = "azure_ad"
openai.api_key = DefaultAzureCredential().get_token("https://cognitiveservices.azure.com/.default").token
from langchain_openai import AzureChatOpenAI

llm = AzureChatOpenAI(azure_deployment="gpt-4o", api_version="2024-10-21", openai_api_key=openai.api_key)
