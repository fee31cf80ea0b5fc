from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient

# Sample code with a placeholder still authenticates with a key once filled in.
search = SearchClient("https://s.search.windows.net", "hotels", AzureKeyCredential("<your-search-key>"))  # want "KL101"
