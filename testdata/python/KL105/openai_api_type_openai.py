# OPENAI_API_TYPE says openai: OPENAI_API_KEY is openai.com's, in a file that also calls Azure.
import os

from openai import AzureOpenAI, OpenAI

os.environ["OPENAI_API_TYPE"] = "open_ai"
openai_key = os.getenv("OPENAI_API_KEY")
public = OpenAI(api_key=openai_key)
azure = AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", azure_ad_token_provider=lambda: "t", api_version="2024-10-21")
