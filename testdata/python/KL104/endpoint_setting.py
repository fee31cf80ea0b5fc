import os

import requests

# The endpoint comes from a setting whose name says the service: Computer Vision takes Entra
# ID tokens on the resource's custom subdomain, which COMPUTER_VISION_ENDPOINT must be. The
# key read goes with the header.
subscription_key = os.environ["COMPUTER_VISION_SUBSCRIPTION_KEY"]
endpoint = os.environ["COMPUTER_VISION_ENDPOINT"] + "/vision/v3.2/analyze"

headers = {
    "Content-Type": "application/json",
    "Ocp-Apim-Subscription-Key": subscription_key,  # want "KL104"
}
response = requests.post(endpoint, headers=headers, json={"url": "https://example.com/a.jpg"})
print(response.json())
