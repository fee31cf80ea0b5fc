from openai import AsyncAzureOpenAI, AzureOpenAI


# The class is chosen at run time; either branch is an Azure client taking the key.
def make_client(is_async, api_key):
    return (AsyncAzureOpenAI if is_async else AzureOpenAI)(
        api_key=api_key,  # want "KL102"
        api_version="2024-02-01",
        azure_endpoint="https://contoso.openai.azure.com",
    )


def make_keyless(is_async, provider):
    return (AsyncAzureOpenAI if is_async else AzureOpenAI)(
        azure_ad_token_provider=provider,
        api_version="2024-02-01",
        azure_endpoint="https://contoso.openai.azure.com",
    )
