# A key sent as a URL's api-key or subscription-key query parameter authenticates the request
# as the header does: reported where the URL is written.
import os

import requests
import websockets

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
deployment = "gpt-realtime"


async def connect(key: str):
    url = f"wss://{endpoint}/openai/realtime?deployment={deployment}&api-key={key}"  # want "KL104"
    return await websockets.connect(url)


def translate(key: str, text: str):
    return requests.post(f"https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&Subscription-Key={key}", json=[{"text": text}])  # want "KL104"


# Not keys: a deployment and an API version in the query, another service's apikey.
def others(news_key: str):
    return [
        requests.get(f"https://{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21"),
        requests.get(f"https://newsapi.org/v2/everything?q=azure&apikey={news_key}"),
    ]
