import os

import openai

# No api_type in the file: OPENAI_API_TYPE=azure comes from the environment, the Azure
# api_base says what it is. The fix sets api_type itself.
def configure():
    openai.api_base = "https://contoso.openai.azure.com/"
    openai.api_version = "2023-05-15"
    openai.api_key = os.environ["AZURE_OPENAI_KEY"]  # want "KL103"
