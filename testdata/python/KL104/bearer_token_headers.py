import requests
from azure.identity import DefaultAzureCredential

token = DefaultAzureCredential().get_token("https://cognitiveservices.azure.com/.default").token
headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
requests.post("https://contoso.openai.azure.com/openai/v1/chat/completions", headers=headers, json={})

# Removing the key header is the fix, not a finding.
headers.pop("api-key", None)
empty = {"api-key": ""}
