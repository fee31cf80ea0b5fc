# Uses that are not a check that the key is set keep the key read (the client is still
# rewritten): an or of settings decides something else, and the key is logged.
import os

from azure.ai.documentintelligence import DocumentIntelligenceClient
from azure.core.credentials import AzureKeyCredential

endpoint = os.getenv("DOCUMENT_INTELLIGENCE_ENDPOINT")
key = os.getenv("DOCUMENT_INTELLIGENCE_KEY")  # want "KL105"
if endpoint or key:
    print("configured")
print("key auth:", bool(key))
client = DocumentIntelligenceClient(endpoint, AzureKeyCredential(key))  # want "KL101"
