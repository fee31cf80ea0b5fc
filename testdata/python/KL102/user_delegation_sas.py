# A user delegation SAS is Storage's keyless way to share a blob: the delegation key is asked
# for with an Entra ID token. Not a finding; the key-based OpenAI client beside it is.
import os
from datetime import datetime, timedelta, timezone

from azure.identity import DefaultAzureCredential
from azure.storage.blob import BlobServiceClient, BlobSasPermissions, generate_blob_sas
from openai import AzureOpenAI

service = BlobServiceClient("https://contoso.blob.core.windows.net", credential=DefaultAzureCredential())
start = datetime.now(timezone.utc)
user_delegation_key = service.get_user_delegation_key(start, start + timedelta(hours=1))
sas = generate_blob_sas(
    account_name="contoso",
    container_name="docs",
    blob_name="a.pdf",
    user_delegation_key=user_delegation_key,
    permission=BlobSasPermissions(read=True),
    expiry=start + timedelta(hours=1),
)

client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21")  # want "KL102"
