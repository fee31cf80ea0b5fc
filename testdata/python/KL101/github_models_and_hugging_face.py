# GitHub Models and Hugging Face take their own tokens in Azure SDK shapes: no finding, since
# an Entra ID token would not work there.
import os

from azure.ai.inference import ChatCompletionsClient, EmbeddingsClient
from azure.core.credentials import AzureKeyCredential
from openai import AzureOpenAI

github = ChatCompletionsClient(
    endpoint="https://models.github.ai/inference",
    credential=AzureKeyCredential(os.environ["GITHUB_TOKEN"]),
)

token = os.getenv("GH_TOKEN")
embeddings = EmbeddingsClient(endpoint="https://models.inference.ai.azure.com", credential=AzureKeyCredential(token))

GITHUB_MODELS_ENDPOINT = "https://models.github.ai/inference"
models = ChatCompletionsClient(endpoint=GITHUB_MODELS_ENDPOINT, credential=AzureKeyCredential(os.environ["MODELS_KEY"]))

hf = ChatCompletionsClient(
    endpoint="https://router.huggingface.co/v1",
    credential=AzureKeyCredential(os.environ["HF_TOKEN"]),
)

# A GitHub token handed to the Azure client class pointed at GitHub Models.
gh = AzureOpenAI(azure_endpoint="https://models.inference.ai.azure.com", api_key=os.environ["GITHUB_TOKEN"], api_version="2024-06-01")
