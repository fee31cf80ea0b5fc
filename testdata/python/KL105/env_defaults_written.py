import os

from openai import AzureOpenAI

# A test fixture writing defaults into the environment: writes, not reads.
os.environ.setdefault("AZURE_OPENAI_API_KEY", "test-key")
os.environ.setdefault("AZURE_OPENAI_ENDPOINT", "https://example.openai.azure.com")

# setdefault's value used: a read as well.
key = os.environ.setdefault("AZURE_OPENAI_API_KEY", "")  # want "KL105"
client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_key=key, api_version="2024-10-21")  # want "KL102"

# Test set-up and tear-down: writes and deletions, not reads.
os.environ["AZURE_OPENAI_API_KEY"] = "test-key"
os.environ["AZURE_OPENAI_API_KEY"] += "-suffix"
del os.environ["AZURE_OPENAI_API_KEY"], os.environ["AZURE_OPENAI_ENDPOINT"]
os.environ.pop("AZURE_OPENAI_API_KEY", None)
old = os.environ.pop("AZURE_OPENAI_API_KEY", None)  # want "KL105"
