import os

import openai
from azure.identity import DefaultAzureCredential

use_azure_active_directory = os.getenv("USE_AAD") == "1"

if not use_azure_active_directory:
    openai.api_type = "azure"
    openai.api_key = os.environ["OPENAI_API_KEY"]  # want "KL103"

if use_azure_active_directory:
    credential = DefaultAzureCredential()
    token = credential.get_token("https://cognitiveservices.azure.com/.default")
    openai.api_type = "azure_ad"
    openai.api_key = token.token
