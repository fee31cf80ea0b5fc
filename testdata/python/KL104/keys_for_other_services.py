import os

import requests

# Bing Search takes its subscription key only, and a regional api.cognitive.microsoft.com
# endpoint takes tokens only on a custom subdomain: the key headers stay, without a rewrite.
bing = requests.get(
    "https://api.bing.microsoft.com/v7.0/search",
    headers={"Ocp-Apim-Subscription-Key": os.environ["BING_SEARCH_KEY"]},  # want "KL104"
    params={"q": "azure openai"},
)
vision = requests.post(
    "https://westus.api.cognitive.microsoft.com/vision/v3.2/analyze",
    headers={"Ocp-Apim-Subscription-Key": os.environ["AZURE_VISION_KEY"]},  # want "KL104"
)
