from azure.cosmos.aio import CosmosClient
from azure.identity.aio import DefaultAzureCredential, get_bearer_token_provider
from openai import AsyncAzureOpenAI


async def openai_client(settings):
    ad_token_provider = None
    async with DefaultAzureCredential() as credential:
        # credential is an Entra ID credential here, whatever the name holds below.
        ad_token_provider = get_bearer_token_provider(credential, "https://cognitiveservices.azure.com/.default")
    return AsyncAzureOpenAI(azure_endpoint=settings.endpoint, azure_ad_token_provider=ad_token_provider)


def history(settings, cred):
    if settings.use_identity:
        credential = cred
    else:
        credential = settings.chat_history.account_key
    return CosmosClient(settings.cosmos_endpoint, credential=credential)
