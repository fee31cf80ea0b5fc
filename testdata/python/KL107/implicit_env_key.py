import os

from langchain_openai import AzureChatOpenAI
from openai import AsyncAzureOpenAI, AzureOpenAI
from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion

client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-10-21")  # want "KL107"
aclient = AsyncAzureOpenAI(api_version="2024-10-21")  # want "KL107"
llm = AzureChatOpenAI(azure_deployment="gpt-4o", api_version="2024-10-21")  # want "KL107"
service = AzureChatCompletion(deployment_name="gpt-4o")  # want "KL107"
