import os
import urllib.request

import aiohttp

KEY = os.environ["AZURE_OPENAI_API_KEY"]  # want "KL105"


async def ask(url, body):
    async with aiohttp.ClientSession(headers={"api-key": KEY}) as session:  # want "KL104"
        async with session.post(url, json=body) as resp:
            return await resp.json()


req = urllib.request.Request("https://contoso.openai.azure.com/openai/models")
req.add_header("api-key", KEY)  # want "KL104"
