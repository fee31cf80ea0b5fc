# python-decouple's config() reads the environment (then .env or settings.ini): a key written as
# its default is a hard-coded key, as os.getenv's default is; a hash default under another
# name is not.
import os

from decouple import config
from openai import AzureOpenAI

AZURE_OPENAI_KEY = config(  # want "KL105"
    "AZURE_OPENAI_KEY", default="299f7532d97b43b089f31235934d61ab"  # want "KL106"
)
AZURE_OPENAI_ENDPOINT = config("AZURE_OPENAI_ENDPOINT", default="https://example.openai.azure.com")
MODEL_HASH = config("MODEL_HASH", default="5d41402abc4b2a76b9719d911017c592")
DEBUG = config("DEBUG", default=False, cast=bool)

client = AzureOpenAI(
    api_key=AZURE_OPENAI_KEY,  # want "KL102"
    azure_endpoint=AZURE_OPENAI_ENDPOINT,
    api_version="2024-06-01",
)

# A comment before the first argument is not the variable's name.
SPEECH_KEY = os.getenv(  # want "KL105"
    # the Speech resource's key
    "AZURE_SPEECH_KEY", "f3a1c9e0b7d24e6a9c5b8d7e6f5a4b3c"  # want "KL106"
)
