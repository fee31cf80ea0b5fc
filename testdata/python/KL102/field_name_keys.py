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


def batches(parallel_run_function, data):
    # The columns a batch job partitions by: names, not credentials.
    return parallel_run_function(input_data=data, partition_keys=["Store", "Brand"])


def bedrock(BedrockOpenAI, region):
    # Amazon Bedrock's OpenAI-compatible client, with Bedrock's own key.
    return BedrockOpenAI(aws_region=region, api_key=os.environ["BEDROCK_API_KEY"])
