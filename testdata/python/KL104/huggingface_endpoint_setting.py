import os

import requests

# HUGGINGFACE holds "face" but names no Face service: a Hugging Face endpoint takes no
# Cognitive Services token, so the key header stays.
key = os.environ["INFERENCE_API_KEY"]
requests.post(url=os.environ["HUGGINGFACE_ENDPOINT"], headers={"api-key": key}, json={"inputs": "hi"})  # want "KL104"
