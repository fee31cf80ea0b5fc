import os

from langchain_community.document_loaders import AzureAIDocumentIntelligenceLoader
from langchain_community.vectorstores.azuresearch import AzureSearch
from promptflow.core import OpenAIModelConfiguration

loader = AzureAIDocumentIntelligenceLoader(
    api_endpoint=os.environ["DOCINTEL_ENDPOINT"],
    api_key=doc_key,  # want "KL102"
    file_path="invoice.pdf",
)
store = AzureSearch(azure_search_endpoint=search_endpoint, azure_search_key=search_key, index_name="docs")  # want "KL102"

reply = openai_client.chat_completions(
    messages=messages,
    api_base=f"https://{service}.openai.azure.com",
    api_key=settings.AZURE_OPENAI_GPT4_API_KEY,  # want "KL102"
)

# openai.com configuration, not Azure.
public = OpenAIModelConfiguration(model="gpt-4o", api_key=openai_key)
