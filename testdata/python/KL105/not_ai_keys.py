import os

from azure.identity import DefaultAzureCredential

# Names with KEY in them that are not Azure AI keys.
vault = os.environ["AZURE_KEY_VAULT_NAME"]
vault_uri = os.getenv("AZURE_KEYVAULT_URI")
storage_key = os.environ["AZURE_BLOB_STORAGE_KEY"]
credential = DefaultAzureCredential()
