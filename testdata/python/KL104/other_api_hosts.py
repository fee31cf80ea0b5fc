# Murf's text-to-speech API takes its own key in an api-key header. The file writes out
# only that service's host and names no cloud AI vendor anywhere: no finding.
import os

import aiohttp


class MurfService:
    def __init__(self, api_key=None):
        self.api_key = api_key or os.getenv("MURF_API_KEY")
        self.base_url = "https://api.murf.ai/v1"

    async def generate(self, text):
        headers = {"api-key": self.api_key, "Content-Type": "application/json"}
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{self.base_url}/speech/generate", json={"text": text}, headers=headers) as resp:
                return await resp.json()
