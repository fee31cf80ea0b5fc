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


def logged_client():
    other_endpoint = os.getenv("DOCUMENT_INTELLIGENCE_ENDPOINT")
    other_key = os.getenv("DOCUMENT_INTELLIGENCE_KEY")  # want "KL105"
    if not other_endpoint or not other_key:
        print("Document Intelligence is not fully configured")
    return DocumentIntelligenceClient(other_endpoint, AzureKeyCredential(other_key))  # want "KL101"
