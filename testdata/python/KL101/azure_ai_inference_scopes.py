import os

from azure.ai.inference import ChatCompletionsClient, EmbeddingsClient
from azure.core.credentials import AzureKeyCredential

# azure-ai-inference asks for ml.azure.com tokens unless told the Cognitive Services scope.
chat = ChatCompletionsClient(
    endpoint="https://my-resource.services.ai.azure.com/models",
    credential=AzureKeyCredential(os.environ["AZURE_AI_KEY"]),  # want "KL101"
)
embed = EmbeddingsClient(
    endpoint="https://my-resource.openai.azure.com/openai/deployments/text-embedding-3-small",
    credential=AzureKeyCredential(os.environ["AZURE_OPENAI_API_KEY"]),  # want "KL101"
    credential_scopes=["https://cognitiveservices.azure.com/.default"],
)

# Through a variable, the client call would need the scopes too: no automatic rewrite.
credential = AzureKeyCredential(os.environ["AZURE_AI_KEY"])  # want "KL101"
other = ChatCompletionsClient(endpoint="https://my-resource.services.ai.azure.com/models", credential=credential)
