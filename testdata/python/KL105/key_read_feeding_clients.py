import os

from openai import AzureOpenAI, AsyncAzureOpenAI

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
api_key = os.environ["AZURE_OPENAI_API_KEY"]  # want "KL105"
shared_key = os.getenv("AZURE_OPENAI_KEY")  # want "KL105"
kept_key = os.getenv("AZURE_OPENAI_SECRET_KEY")  # want "KL105"

# The key read's only use is rewritten: the read goes with it, and its KL105 has the fix.
client = AzureOpenAI(azure_endpoint=endpoint, api_key=api_key, api_version="2024-10-21")  # want "KL102"

# Two rewritten uses: the KL105 fix rewrites both and removes the read.
chat = AzureOpenAI(azure_endpoint=endpoint, api_key=shared_key, api_version="2024-10-21")  # want "KL102"
embed = AzureOpenAI(azure_endpoint=endpoint, api_key=shared_key, api_version="2024-10-21")  # want "KL102"

# A use that is not rewritten keeps the read.
other = AzureOpenAI(azure_endpoint=endpoint, api_key=kept_key, api_version="2024-10-21")  # want "KL102"
print(len(kept_key))
