# Keys reaching APIs keylint has no table for, in a file that talks to Azure: every
# constructor, factory or named key argument is a sink; printing, the program's own settings
# class and other services' keys are not.
import os

from azure.ai.inference import ChatCompletionsClient
from somewrapper import AzureLLM, make_assistant

endpoint = "https://contoso.openai.azure.com"
search_key = os.environ["AZURE_SEARCH_ADMIN_KEY"]  # want "KL105"

llm = AzureLLM(endpoint, api_key=os.environ["AZURE_OPENAI_API_KEY"])  # want "KL102"
assistant = make_assistant(search_key)  # want "KL102"
print("using key", search_key)


class Settings:
    def __init__(self, api_key):
        self.api_key = api_key


settings = Settings(api_key=os.getenv("AZURE_OPENAI_API_KEY"))  # want "KL105"
maps = make_assistant(os.environ["GOOGLE_MAPS_API_KEY"])
