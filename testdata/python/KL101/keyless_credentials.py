"""Keyless clients: a TokenCredential everywhere, nothing to report.

The docstring may talk about AzureKeyCredential(key) and api keys all it likes.
"""
import os

from azure.identity import DefaultAzureCredential, ManagedIdentityCredential
from azure.search.documents import SearchClient

# Before: SearchClient(endpoint, index, AzureKeyCredential(key))
search = SearchClient(os.environ["AZURE_SEARCH_ENDPOINT"], "hotels", DefaultAzureCredential())
uami = ManagedIdentityCredential(client_id=os.environ["AZURE_CLIENT_ID"])
