import os

from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient

search = SearchClient(
    endpoint=os.environ["AZURE_SEARCH_ENDPOINT"],
    index_name="docs",
    credential=AzureKeyCredential(os.environ["AZURE_SEARCH_ADMIN_KEY"]),
)
