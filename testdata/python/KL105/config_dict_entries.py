# CONFIG["search_key"] is that one entry of the dict: the other settings read into CONFIG
# (the index, the semantic configuration) do not flow into the credential.
import os

from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient

CONFIG = {
    "search_endpoint": os.getenv("AZURE_SEARCH_ENDPOINT"),
    "search_key": os.getenv("AZURE_SEARCH_KEY"),  # want "KL105"
    "search_semantic": os.getenv("AZURE_SEARCH_SEMANTIC_CONFIG", "default"),
    "search_document_index": os.getenv("AZURE_SEARCH_INDEX", "legal-documents-gc"),
}

search_client = SearchClient(
    endpoint=CONFIG["search_endpoint"],
    index_name=CONFIG["search_document_index"],
    credential=AzureKeyCredential(CONFIG['search_key']),  # want "KL101"
)
