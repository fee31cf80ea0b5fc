from openai import AzureOpenAI

# Sample code with placeholders: key auth as soon as someone fills them in (KL106 stays quiet:
# there is no key to leak yet).
client = AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21", api_key="<your-api-key>")  # want "KL102"
other = AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21", api_key="YOUR_API_KEY")  # want "KL102"
