import os

from azure.core.credentials import AzureKeyCredential
from azure.identity import DefaultAzureCredential
from rtmt import RTMiddleTier
from semantic_kernel.connectors.search_engine import BingConnector

llm_key = os.environ.get("AZURE_OPENAI_API_KEY")  # want "KL105"
credential = DefaultAzureCredential() if not llm_key else None

# The key credential is the finding; the program's own RTMiddleTier receives a credential
# object, and the test "if llm_key" is no value handed on.
rtmt = RTMiddleTier("https://contoso.openai.azure.com", "gpt-4o-realtime", AzureKeyCredential(llm_key) if llm_key else credential)  # want "KL101"

# Bing's key is Bing's (Bing takes no Entra ID token): not an Azure AI key.
bing_api_key = os.environ.get("BING_API_KEY")
connector = BingConnector(bing_api_key)
