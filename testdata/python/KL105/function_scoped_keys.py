# Each function reads its own key into a variable of the same name: the variable is the
# function's, so each read goes with the rewrite of the one use in its own function.
import os

import requests
from azure.ai.documentintelligence import DocumentIntelligenceClient
from azure.core.credentials import AzureKeyCredential


def complete(prompt):
    url = os.getenv("AZURE_OPENAI_ENDPOINT") + "/openai/deployments/gpt-4o/completions?api-version=2024-06-01"
    key = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
    headers = {"api-key": key, "Content-Type": "application/json"}  # want "KL104"
    return requests.post(url, headers=headers, json={"prompt": prompt}, timeout=30).json()


def document_client():
    url = os.getenv("DOCUMENT_INTELLIGENCE_ENDPOINT")
    key = os.getenv("DOCUMENT_INTELLIGENCE_KEY")  # want "KL105"
    if url and key:
        return DocumentIntelligenceClient(endpoint=url, credential=AzureKeyCredential(key))  # want "KL101"
    return None


def embed(text):
    url = os.getenv("AZURE_OPENAI_ENDPOINT") + "/openai/deployments/ada/embeddings?api-version=2024-06-01"
    key = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
    authorization_header = key  # an alias, which goes with the header it fed
    headers = {"api-key": authorization_header}  # want "KL104"
    return requests.post(url, headers=headers, json={"input": text}, timeout=30).json()
