import os

from langchain_openai import AzureChatOpenAI, AzureOpenAIEmbeddings
from llama_index.llms.azure_openai import AzureOpenAI
from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion

aoai_key = os.environ["AZURE_OPENAI_API_KEY"]  # want "KL105"

llm = AzureChatOpenAI(azure_deployment="gpt-4o", api_version="2024-10-21", openai_api_key=aoai_key)  # want "KL102"
embeddings = AzureOpenAIEmbeddings(
    model="text-embedding-3-large",
    azure_openai_api_key=aoai_key,  # want "KL102"
)
chat = AzureChatCompletion(deployment_name="gpt-4o", endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_key=aoai_key)  # want "KL102"
index_llm = AzureOpenAI(engine="gpt-4o", azure_endpoint="https://contoso.openai.azure.com/", api_key=aoai_key, api_version="2024-10-21")  # want "KL102"
