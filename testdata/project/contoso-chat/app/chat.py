"""Chat with your data: Azure OpenAI plus Azure AI Search retrieval."""
import os

from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient
from openai import AzureOpenAI

AZURE_OPENAI_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_OPENAI_API_KEY = os.environ["AZURE_OPENAI_API_KEY"]
SEARCH_ENDPOINT = os.environ["AZURE_SEARCH_ENDPOINT"]

openai_client = AzureOpenAI(
    azure_endpoint=AZURE_OPENAI_ENDPOINT,
    api_key=AZURE_OPENAI_API_KEY,
    api_version="2024-10-21",
)

search_client = SearchClient(
    endpoint=SEARCH_ENDPOINT,
    index_name="products",
    credential=AzureKeyCredential(os.environ["AZURE_SEARCH_KEY"]),
)


def answer(question: str) -> str:
    docs = search_client.search(question, top=3)
    sources = "\n".join(doc["content"] for doc in docs)
    response = openai_client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Answer from these sources:\n" + sources},
            {"role": "user", "content": question},
        ],
    )
    return response.choices[0].message.content or ""
