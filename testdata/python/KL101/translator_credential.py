import os

from azure.ai.translation.text import TextTranslationClient, TranslatorCredential
from azure.identity import DefaultAzureCredential

# Translator's credential wraps the key and the resource's region.
credential = TranslatorCredential(os.environ["TRANSLATOR_KEY"], "westeurope")  # want "KL101"
client = TextTranslationClient(credential=credential, endpoint="https://api.cognitive.microsofttranslator.com")

# Keyless: a token credential and the resource's own endpoint.
keyless = TextTranslationClient(credential=DefaultAzureCredential(), endpoint="https://contoso.cognitiveservices.azure.com/")
