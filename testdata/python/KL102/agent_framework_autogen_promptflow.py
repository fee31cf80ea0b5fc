import os

from agent_framework.azure import AzureOpenAIChatClient
from agent_framework.openai import OpenAIChatClient
from autogen_ext.models.openai import AzureOpenAIChatCompletionClient
from promptflow.connections import AzureOpenAIConnection

# Microsoft Agent Framework: credential= takes any TokenCredential.
maf = OpenAIChatClient(
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    model=os.environ["AZURE_OPENAI_DEPLOYMENT"],
    api_key=os.environ["AZURE_OPENAI_API_KEY"],  # want "KL102"
)
maf_azure = AzureOpenAIChatClient(endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_key=os.environ["AZURE_OPENAI_API_KEY"])  # want "KL102"

# autogen: a component config must serialize, so the provider is autogen's AzureTokenProvider.
model_client = AzureOpenAIChatCompletionClient(
    azure_deployment="gpt-4o",
    model="gpt-4o",
    api_version="2024-10-21",
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    api_key=os.environ["AZURE_OPENAI_API_KEY"],  # want "KL102"
)

# promptflow: connections authenticate with Entra ID by auth_mode.
connection = AzureOpenAIConnection(
    name="aoai",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],  # want "KL102"
    api_base=os.environ["AZURE_OPENAI_ENDPOINT"],
)
