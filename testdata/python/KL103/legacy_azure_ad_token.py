import openai
from azure.identity import DefaultAzureCredential

# api_type "azure_ad": the "key" is an Entra ID token, which is keyless.
token = DefaultAzureCredential().get_token("https://cognitiveservices.azure.com/.default")
openai.api_type = "azure_ad"
openai.api_base = "https://contoso.openai.azure.com/"
openai.api_version = "2023-05-15"
openai.api_key = token.token
