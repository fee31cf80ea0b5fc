"""A small chat app in the style of the Azure OpenAI quickstarts, still using API keys."""
import os

import requests
from openai import AzureOpenAI

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
api_key = os.getenv("AZURE_OPENAI_API_KEY")

client = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-10-21", api_key=api_key)


def ask(question: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
    )
    return reply.choices[0].message.content


def list_deployments() -> list:
    url = f"{endpoint}/openai/deployments?api-version=2022-12-01"
    return requests.get(url, headers={"api-key": api_key}, timeout=30).json()["data"]
