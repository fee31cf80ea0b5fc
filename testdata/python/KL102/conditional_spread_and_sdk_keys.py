import os

import azure.cognitiveservices.speech as speechsdk
from azure.search.documents.indexes.models import AIServicesAccountKey
from openai import AzureOpenAI

azure_openai_key = os.getenv("AZURE_OPENAI_KEY")  # want "KL105"
auth = ({"api_key": azure_openai_key} if azure_openai_key else {"azure_ad_token_provider": provider})  # want "KL102"
client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-10-21", **auth)

account = AIServicesAccountKey(key=ai_services_key, subdomain_url="https://contoso.cognitiveservices.azure.com")  # want "KL102"
speech_config = speechsdk.SpeechConfig(subscription=speech_key, region="eastus")  # want "KL102"

completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[],
    extra_body={
        "data_sources": [{
            "type": "azure_search",
            "parameters": {
                "endpoint": search_endpoint,
                "authentication": {"type": "api_key", "key": search_key},  # want "KL102"
            },
        }]
    },
)
