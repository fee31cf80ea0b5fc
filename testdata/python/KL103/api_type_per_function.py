import os

import openai


# Each function configures the openai<1.0 module for itself: the api_type it sets decides,
# before or after its key, not another function's setting above it.
def embed_on_azure(text):
    openai.api_base = os.environ.get("OPENAI_ENDPOINT")
    openai.api_key = os.environ.get("OPENAI_API_KEY")  # want "KL103"
    openai.api_version = "2023-05-15"
    openai.api_type = "azure"
    return openai.Embedding.create(engine="text-embedding-ada-002", input=text)


def embed_on_openai(texts):
    openai.api_base = "https://api.openai.com/v1/"
    openai.api_key = os.environ.get("OPENAI_COM_KEY")
    openai.api_type = "openai"
    return openai.Embedding.create(model="text-embedding-ada-002", input=texts)


def embed_on_azure_again(text):
    openai.api_base = os.environ.get("OPENAI_ENDPOINT")
    openai.api_key = os.environ.get("OPENAI_API_KEY")  # want "KL103"
    openai.api_type = "azure"
    return openai.Embedding.create(engine="text-embedding-ada-002", input=text)
