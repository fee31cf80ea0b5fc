import os

from azure.ai.documentintelligence import DocumentIntelligenceClient
from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient

endpoint = os.environ["AZURE_SEARCH_ENDPOINT"]
search_key = os.environ["AZURE_SEARCH_API_KEY"]  # want "KL105"

search = SearchClient(endpoint, "hotels", AzureKeyCredential(search_key))  # want "KL101"

docs = DocumentIntelligenceClient(
    endpoint=os.environ["DOCINTEL_ENDPOINT"],
    credential=AzureKeyCredential(os.environ["DOCINTEL_KEY"]),  # want "KL101"
)
