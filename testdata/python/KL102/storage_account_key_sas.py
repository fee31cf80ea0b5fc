# A Storage account key signs a SAS and builds a blob client; Storage has its own keyless path,
# so neither is an Azure AI key finding. The key-based OpenAI client beside them is.
import os
from datetime import datetime, timedelta, timezone

from azure.data.tables import TableServiceClient
from azure.storage.blob import BlobSasPermissions, BlobServiceClient, generate_account_sas, generate_blob_sas
from openai import AzureOpenAI

account_key = os.environ["AZURE_STORAGE_ACCOUNT_KEY"]
expiry = datetime.now(timezone.utc) + timedelta(hours=1)
sas = generate_blob_sas(account_name="contoso", container_name="docs", blob_name="a.pdf", account_key=account_key, permission=BlobSasPermissions(read=True), expiry=expiry)
account_sas = generate_account_sas(account_name="contoso", account_key=os.getenv("AZURE_STORAGE_KEY"), resource_types="o", permission="r", expiry=expiry)
blobs = BlobServiceClient("https://contoso.blob.core.windows.net", credential=account_key)
tables = TableServiceClient.from_connection_string(os.environ["AZURE_TABLES_CONNECTION_STRING"])

client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21")  # want "KL102"
