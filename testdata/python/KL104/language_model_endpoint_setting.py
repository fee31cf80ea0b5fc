import os

import requests

# LANGUAGE_MODEL_ENDPOINT is a large language model's endpoint (any provider's), not Azure AI
# Language: the key header stays.
key = os.environ["LANGUAGE_MODEL_API_KEY"]
requests.post(os.environ["LANGUAGE_MODEL_ENDPOINT"] + "/chat", headers={"Ocp-Apim-Subscription-Key": key}, json={})  # want "KL104"
