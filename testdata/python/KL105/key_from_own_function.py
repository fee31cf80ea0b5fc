import os

from azure.ai.contentsafety import ContentSafetyClient
from azure.core.credentials import AzureKeyCredential


def content_safety_key():
    key = os.environ.get("CONTENT_SAFETY_KEY")  # want "KL105"
    if key:
        return key
    raise RuntimeError("CONTENT_SAFETY_KEY is not set")


def lookup_table():
    # Another function's variable of the same name is not the client's key.
    key = os.environ.get("LOOKUP_TABLE_KEY")
    return {"name": key}


def init():
    endpoint = os.environ["CONTENT_SAFETY_ENDPOINT"]
    key = content_safety_key()
    return ContentSafetyClient(endpoint, AzureKeyCredential(key))  # want "KL101"
