import os

import requests

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
url = f"{endpoint}/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
response = requests.post(
    url,
    headers={"api-key": os.environ["AZURE_OPENAI_API_KEY"]},
    json={"messages": [{"role": "user", "content": "hello"}]},
    timeout=30,
)
print(response.json())
