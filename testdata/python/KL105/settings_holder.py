import os

from openai import AzureOpenAI

# Printed, not given to a client: the read is the finding.
print({"endpoint": "https://contoso.openai.azure.com", "api_key": os.environ["AZURE_OPENAI_API_KEY"]})  # want "KL105"

# A holder read member by member: the read here, the KL102 where the member reaches the client.
settings = {
    "azure_endpoint": os.environ["AZURE_OPENAI_ENDPOINT"],
    "api_key": os.environ["AZURE_OPENAI_API_KEY"],  # want "KL105"
}
client = AzureOpenAI(azure_endpoint=settings["azure_endpoint"], api_key=settings["api_key"], api_version="2024-10-21")  # want "KL102"

# The program's own settings bag with every provider's key: no SDK's options.
keys = {
    "openai_api_key": os.getenv("OPENAI_API_KEY"),
    "azure_openai_api_key": os.getenv("AZURE_OPENAI_API_KEY"),  # want "KL105"
    "anthropic_api_key": os.getenv("ANTHROPIC_API_KEY"),
    "azure_endpoint": "https://contoso.openai.azure.com",
}
