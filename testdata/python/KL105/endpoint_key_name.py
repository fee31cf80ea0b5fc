import os

from azure.ai.inference import ChatCompletionsClient
from azure.core.credentials import AzureKeyCredential

# The key of an endpoint is a key: AZUREAI_ENDPOINT_KEY, read and handed to a key credential.
# The endpoint's URL beside it is a setting.
endpoint = os.environ["AZUREAI_ENDPOINT_URL"]
key = os.environ["AZUREAI_ENDPOINT_KEY"]  # want "KL105"
client = ChatCompletionsClient(endpoint=endpoint, credential=AzureKeyCredential(key))  # want "KL101"
