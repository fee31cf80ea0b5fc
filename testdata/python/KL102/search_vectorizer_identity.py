import os

from azure.search.documents.indexes.models import AzureOpenAIEmbeddingSkill, AzureOpenAIVectorizer, AzureOpenAIVectorizerParameters

vectorizer = AzureOpenAIVectorizer(
    vectorizer_name="openai",
    parameters=AzureOpenAIVectorizerParameters(
        resource_url=os.environ["AZURE_OPENAI_ENDPOINT"],
        deployment_name="text-embedding-3-large",
        api_key=os.environ["AZURE_OPENAI_API_KEY"],  # want "KL102"
        model_name="text-embedding-3-large",
    ),
)
skill = AzureOpenAIEmbeddingSkill(resource_url=os.environ["AZURE_OPENAI_ENDPOINT"], deployment_name="e", api_key=os.environ["AZURE_OPENAI_API_KEY"])  # want "KL102"
