# Attributes that are used where keylint does not rewrite keep the key read (the credential is
# still rewritten): one is pickled with the object, one is read from outside its class.
import os

from azure.ai.formrecognizer import DocumentAnalysisClient
from azure.core.credentials import AzureKeyCredential


class Pickled:
    def __init__(self):
        self.url = os.environ["DOCUMENT_INTELLIGENCE_ENDPOINT"]
        self.pickled_key = os.environ["DOCUMENT_INTELLIGENCE_KEY"]  # want "KL105"

    def client(self):
        return DocumentAnalysisClient(endpoint=self.url, credential=AzureKeyCredential(self.pickled_key))  # want "KL101"

    def __getstate__(self):
        return self.url, self.pickled_key


class Shared:
    def __init__(self):
        self.key = os.environ["AZURE_FORM_RECOGNIZER_KEY"]  # want "KL105"
        self.client = DocumentAnalysisClient(endpoint=os.environ["AZURE_FORM_RECOGNIZER_ENDPOINT"], credential=AzureKeyCredential(self.key))  # want "KL101"


print(len(Shared().key))
