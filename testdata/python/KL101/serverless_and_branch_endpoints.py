# Azure endpoints whose keyless path is not a Cognitive Services token (serverless models take
# keys only, Azure ML online endpoints want ml.azure.com tokens), and an endpoint that is Azure
# in one branch and GitHub Models in the other: findings, but no automatic rewrite.
import os

from azure.ai.inference import ChatCompletionsClient
from azure.core.credentials import AzureKeyCredential

serverless = ChatCompletionsClient(
    endpoint="https://Phi-4-mini-xyz.eastus2.models.ai.azure.com",
    credential=AzureKeyCredential(os.environ["AZURE_INFERENCE_KEY"]),  # want "KL101"
)

online = ChatCompletionsClient(
    endpoint="https://my-endpoint.eastus.inference.ml.azure.com/score",
    credential=AzureKeyCredential(os.environ["AZUREML_ENDPOINT_KEY"]),  # want "KL101"
)

if os.getenv("API_HOST") == "github":
    endpoint = "https://models.github.ai/inference"
else:
    endpoint = "https://my-resource.services.ai.azure.com/models"
either = ChatCompletionsClient(endpoint=endpoint, credential=AzureKeyCredential(os.environ["AZURE_AI_KEY"]))  # want "KL101"
