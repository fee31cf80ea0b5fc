import os

from langchain.memory import ConversationBufferMemory
from langchain.retrievers import AzureCognitiveSearchRetriever


def retriever():
    return AzureCognitiveSearchRetriever(
        api_key=os.environ["AZURE_COGNITIVE_SEARCH_API_KEY"],  # want "KL102"
        service_name=os.environ["AZURE_COGNITIVE_SEARCH_NAME"],
        index_name="docs",
        # The key of a document's field and of a memory's slot: names, not credentials.
        content_key="content",
        top_k=5,
    )


memory = ConversationBufferMemory(memory_key="chat_history", input_key="question", output_key="answer")
