import os

# The name alone says Azure.
value = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
