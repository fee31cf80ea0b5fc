# A key read into an attribute of the object (self.key in __init__) goes with the credential
# it fed and the checks of it: left behind, os.environ[...] would stop the keyless program.
import os

from azure.ai.formrecognizer import DocumentAnalysisClient
from azure.core.credentials import AzureKeyCredential


class Reader:
    def __init__(self):
        self.endpoint = os.environ["AZURE_FORM_RECOGNIZER_ENDPOINT"]
        self.key = os.environ["AZURE_FORM_RECOGNIZER_KEY"]  # want "KL105"
        self.client = DocumentAnalysisClient(endpoint=self.endpoint, credential=AzureKeyCredential(self.key))  # want "KL101"

    def upload(self, storage):
        key = os.environ["AZURE_BLOB_STORAGE_KEY"]  # a local of another method, not the attribute
        return f"AccountName={storage};AccountKey={key}"

