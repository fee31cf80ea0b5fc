import os

from openai import AzureOpenAI, OpenAI
from settings import get_key


# A method is reached through self or its class: the plain get_key() below is the imported
# one, so the method's openai.com key read does not flow into the Azure client.
class PublicHelper:
    def get_key(self):
        return os.environ["OPENAI_API_KEY"]

    def client(self):
        return OpenAI(api_key=self.get_key())


azure = AzureOpenAI(api_key=get_key(), azure_endpoint="https://x.openai.azure.com", api_version="2024-02-01")  # want "KL102"
