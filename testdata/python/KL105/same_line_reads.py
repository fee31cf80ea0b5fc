import os

from azure.core.credentials import AzureKeyCredential
from azure.identity import DefaultAzureCredential

# One finding per name and line; the credential covers the read in its condition too.
credential = AzureKeyCredential(os.getenv("AZURE_SEARCH_KEY")) if os.getenv("AZURE_SEARCH_KEY") else DefaultAzureCredential()  # want "KL101"
key = os.environ["AZURE_OPENAI_KEY"] if len(os.environ["AZURE_OPENAI_KEY"]) > 0 else None  # want "KL105"
