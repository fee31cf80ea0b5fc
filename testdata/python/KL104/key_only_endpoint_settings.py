import os

import requests

# Endpoints from settings of services that take no Cognitive Services token keep their key
# headers: Translator (its global endpoint), Bing, and a file that talks to Translator beside
# Computer Vision (either header could be Translator's).
translator_key = os.environ["TRANSLATOR_TEXT_SUBSCRIPTION_KEY"]
translator = os.environ["TRANSLATOR_TEXT_ENDPOINT"] + "/translate?api-version=3.0&to=de"
vision = os.environ["COMPUTER_VISION_ENDPOINT"] + "/vision/v3.2/analyze"

requests.post(translator, headers={"Ocp-Apim-Subscription-Key": translator_key}, json=[{"text": "hi"}])  # want "KL104"
requests.post(vision, headers={"Ocp-Apim-Subscription-Key": os.environ["COMPUTER_VISION_KEY"]}, json={})  # want "KL104"
