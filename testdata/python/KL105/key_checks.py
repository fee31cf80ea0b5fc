# Checks that the key is set go with the key once the clients it fed take Entra ID tokens:
# left behind, they would stop the keyless program for want of a key it no longer uses.
import os

from azure.ai.documentintelligence import DocumentIntelligenceClient
from azure.core.credentials import AzureKeyCredential
from openai import AzureOpenAI

API_KEY = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
assert API_KEY, "ERROR: Azure OpenAI Key is missing"
ENDPOINT = os.getenv("AZURE_OPENAI_ENDPOINT")
assert ENDPOINT, "ERROR: Azure OpenAI Endpoint is missing"

client = AzureOpenAI(azure_endpoint=ENDPOINT, api_key=API_KEY, api_version="2024-06-01")  # want "KL102"


def document_client():
    di_endpoint = os.getenv("DOCUMENT_INTELLIGENCE_ENDPOINT")
    di_key = os.getenv("DOCUMENT_INTELLIGENCE_KEY")  # want "KL105"
    if di_endpoint and di_key:
        return DocumentIntelligenceClient(endpoint=di_endpoint, credential=AzureKeyCredential(di_key))  # want "KL101"
    print("Document Intelligence is not configured")
    return None


def required_client():
    fr_endpoint = os.environ["FORM_RECOGNIZER_ENDPOINT"]
    fr_key = os.environ.get("FORM_RECOGNIZER_KEY")  # want "KL105"
    if not fr_key:
        print("Set FORM_RECOGNIZER_KEY")
        raise ValueError("FORM_RECOGNIZER_KEY is not set")
    return DocumentIntelligenceClient(fr_endpoint, AzureKeyCredential(fr_key))  # want "KL101"


def optional_safety_client():
    from azure.ai.contentsafety import ContentSafetyClient

    endpoint = os.environ.get("CONTENT_SAFETY_ENDPOINT", None)
    key = os.environ.get("CONTENT_SAFETY_KEY", None)  # want "KL105"
    if endpoint is not None and key is not None:
        return ContentSafetyClient(endpoint, AzureKeyCredential(key))  # want "KL101"
    return None


def strict_safety_client():
    from azure.ai.contentsafety import ContentSafetyClient

    endpoint = os.environ.get("CONTENT_SAFETY_ENDPOINT")
    key = os.environ.get("CONTENT_SAFETY_KEY")  # want "KL105"
    if not endpoint or not key:
        raise RuntimeError("Set CONTENT_SAFETY_ENDPOINT and CONTENT_SAFETY_KEY")
    if key is None:
        raise RuntimeError("Set CONTENT_SAFETY_KEY")
    return ContentSafetyClient(endpoint, AzureKeyCredential(key))  # want "KL101"
