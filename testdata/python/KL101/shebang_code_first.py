#!/usr/bin/env python3
# Licensed under the MIT License.
load_dotenv = __import__("dotenv").load_dotenv
load_dotenv()

from azure.core.credentials import AzureKeyCredential  # noqa: E402
from azure.search.documents import SearchClient  # noqa: E402

search = SearchClient("https://s.search.windows.net", "hotels", AzureKeyCredential(KEY))  # want "KL101"
