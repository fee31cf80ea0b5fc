"""Chat client wired to Azure OpenAI with keys (report golden-file fixture)."""
import os

import requests
from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient
from openai import AzureOpenAI

endpoint = "https://contoso.openai.azure.com"
key = os.getenv("AZURE_OPENAI_API_KEY")
client = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-10-21", api_key=key)
fallback = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-10-21")
search = SearchClient("https://s.search.windows.net", "idx", AzureKeyCredential(os.environ["AZURE_SEARCH_KEY"]))
resp = requests.post(endpoint + "/openai/deployments/gpt-4o/chat/completions", headers={"api-key": key}, json={})
# keylint:ignore[KL105] read by the local emulator only
emulator_key = os.getenv("AZURE_OPENAI_API_KEY")
