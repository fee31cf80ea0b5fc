import os

import httpx
import requests

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
url = f"{endpoint}/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"

resp = requests.post(url, headers={"api-key": os.environ["AZURE_OPENAI_API_KEY"]}, json={})  # want "KL104"

headers = {
    "Content-Type": "application/json",
    "Ocp-Apim-Subscription-Key": os.getenv("AZURE_AI_SERVICES_KEY"),  # want "KL104"
}
r = httpx.post(url, headers=headers, json={})

session_headers = {}
session_headers["api-key"] = os.environ["AZURE_OPENAI_API_KEY"]  # want "KL104"
