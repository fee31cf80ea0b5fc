import os

import aiohttp
from azure.identity.aio import DefaultAzureCredential

# The file already uses the async credential; the header's synchronous token comes from the
# sync one, imported under its own alias.
credential = DefaultAzureCredential()


async def ask(body):
    headers = {"api-key": os.environ["AZURE_OPENAI_API_KEY"]}  # want "KL104"
    async with aiohttp.ClientSession() as session:
        async with session.post("https://contoso.openai.azure.com/openai/v1/responses", json=body, headers=headers) as resp:
            return await resp.json()
