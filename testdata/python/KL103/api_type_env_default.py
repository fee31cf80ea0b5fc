import os

import openai

# The module is configured for Azure unless the environment says otherwise: the default decides.
openai.api_type = os.getenv("OPENAI_API_TYPE", "azure")
openai.api_base = os.getenv("OPENAI_API_BASE")
openai.api_version = "2023-05-15"
openai.api_key = os.getenv("OPENAI_API_KEY")  # want "KL103"
