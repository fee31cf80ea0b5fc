#!/usr/bin/env python3
"""Search with a key credential; the new import goes after the imports below."""
from __future__ import annotations

import os

from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient

search = SearchClient(os.environ["AZURE_SEARCH_ENDPOINT"], "hotels", AzureKeyCredential(os.environ["AZURE_SEARCH_KEY"]))  # want "KL101"
