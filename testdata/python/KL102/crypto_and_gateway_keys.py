import os

import jwt
from jwt.algorithms import RSAAlgorithm
from azure.ai.documentintelligence import DocumentIntelligenceClient
from azure.core.credentials import AzureKeyCredential

from .services.llm import LlmClient


def doc_client(settings):
    return DocumentIntelligenceClient(settings.endpoint, AzureKeyCredential(settings.azure_di_key))  # want "KL101"


def verify(token, jwks):
    # A JSON Web Key checks a token's signature: a cryptographic key, not a service's API key.
    for key in jwks["keys"]:
        public_key = RSAAlgorithm.from_jwk(key)
        return jwt.decode(token, key=public_key, algorithms=["RS256"])


def llm(settings):
    # The LiteLLM gateway's own key, for whatever models it fronts: not an Azure key.
    api_key = settings.litellm_api_key
    return LlmClient(model=settings.litellm_model, api_key=api_key, base_url=settings.litellm_base_url)
