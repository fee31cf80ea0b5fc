import os
from os import environ, getenv

from azure.identity import DefaultAzureCredential

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
key_a = os.environ.get("AZURE_OPENAI_API_KEY")  # want "KL105"
key_b = environ["OPENAI_API_KEY"]  # no Azure word, reaching no Azure client: maybe openai.com's
key_c = getenv("COGNITIVE_SERVICES_KEY")  # want "KL105"
key_d = os.getenv("AOAI_KEY", "")  # want "KL105"
search = os.environ["SEARCH_ADMIN_KEY"]  # want "KL105"

# Writing a setting is not reading a key (a real key literal here would be KL106).
os.environ["AOAI_KEY"] = "YOUR_KEY"
