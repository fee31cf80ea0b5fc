# A key the function declares global is the module's: its other uses keep the read.
import os

from azure.ai.documentintelligence import DocumentIntelligenceClient
from azure.core.credentials import AzureKeyCredential

key = None


def load():
    global key
    key = os.getenv("DOCUMENT_INTELLIGENCE_KEY")  # want "KL105"


def document_client(url):
    return DocumentIntelligenceClient(endpoint=url, credential=AzureKeyCredential(key))  # want "KL101"


def describe():
    return "key set" if key else "no key"
