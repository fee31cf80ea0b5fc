import os

from azure.core.credentials import AzureNamedKeyCredential
from azure.storage.blob import BlobServiceClient

# A Storage account's shared key is not one Entra ID for Azure AI replaces: not reported.
blobs = BlobServiceClient(
    os.environ["STORAGE_ENDPOINT"],
    credential=AzureNamedKeyCredential(name=os.environ["STORAGE_ACCOUNT"], key=os.environ["STORAGE_ACCOUNT_KEY"]),
)
