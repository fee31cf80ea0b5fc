from openai import AzureOpenAI

# Sample code with placeholders: there is no key here to leak or rotate.
client = AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21", api_key="<your-api-key>")
other = AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21", api_key="YOUR_API_KEY")
