import os

from langchain_community.vectorstores.azuresearch import AzureSearch
from langchain_openai import AzureOpenAIEmbeddings

from .search import AzureSearch as OwnSearch

search_key = os.environ["AZURE_SEARCH_KEY"]  # want "KL105"
embeddings = AzureOpenAIEmbeddings(model="text-embedding-3-large", azure_endpoint="https://contoso.openai.azure.com/")  # want "KL107"

# LangChain's vector store: azure_search_key=None makes it use DefaultAzureCredential.
store = AzureSearch(
    azure_search_endpoint="https://contoso.search.windows.net",
    azure_search_key=search_key,  # want "KL102"
    index_name="docs",
    embedding_function=embeddings.embed_query,
)


def keyed_or_not(use_keys: bool):
    return AzureSearch(
        azure_search_endpoint="https://contoso.search.windows.net",
        azure_search_key=os.environ["AZURE_SEARCH_KEY"] if use_keys else None,  # want "KL102"
        index_name="docs",
        embedding_function=embeddings.embed_query,
    )


# A credential beside the key: which one wins depends on the version; left alone.
both = AzureSearch(
    azure_search_endpoint="https://contoso.search.windows.net",
    azure_search_key=os.environ["AZURE_SEARCH_KEY"],  # want "KL102"
    index_name="docs",
    embedding_function=embeddings.embed_query,
    azure_ad_access_token=os.environ["SEARCH_TOKEN"],
)

# The program's own class of that name: not LangChain's, no rewrite.
own = OwnSearch(azure_search_endpoint="https://contoso.search.windows.net", azure_search_key=os.environ["AZURE_SEARCH_KEY"], index_name="docs")  # want "KL102"
