import os

from agent_framework.azure import AzureOpenAIChatClient
from azure.identity import AzureCliCredential
from semantic_kernel.agents import AzureAIAgentSettings

from ai_chat_client import KaitoChatClient


def foundry_agent():
    # semantic-kernel's settings class for an Azure AI agent: the key configures Azure's client.
    return AzureAIAgentSettings(
        endpoint=os.getenv("AZURE_AI_AGENT_ENDPOINT"),
        api_key=os.getenv("AZURE_AI_AGENT_KEY"),  # want "KL102"
    )


def azure_chat():
    endpoint = os.getenv("AZURE_OPENAI_ENDPOINT")
    return AzureOpenAIChatClient(endpoint=endpoint, credential=AzureCliCredential())


def kaito_chat():
    # A self-hosted KAITO model server on AKS: its own bearer key, though the variable
    # name endpoint is shared with the Azure function above.
    endpoint = os.getenv("KAITO_INFERENCE_ENDPOINT")
    api_key = os.getenv("KAITO_API_KEY") or None
    return KaitoChatClient(endpoint=endpoint, api_key=api_key)
