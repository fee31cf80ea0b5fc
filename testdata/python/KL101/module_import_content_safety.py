import os

import azure.core.credentials
from azure.ai.contentsafety import ContentSafetyClient

client = ContentSafetyClient(
    os.environ["CONTENT_SAFETY_ENDPOINT"],
    azure.core.credentials.AzureKeyCredential(os.environ["AZURE_CONTENT_SAFETY_KEY"]),  # want "KL101"
)
