import os

import requests

# An endpoint setting that names no service keylint knows takes tokens (Ink Recognizer), or
# names none at all: the key header stays.
ink = os.environ["INK_RECOGNITION_ENDPOINT"] + "/inkrecognizer/v1.0-preview/recognize"
requests.put(ink, headers={"Ocp-Apim-Subscription-Key": os.environ["INK_RECOGNITION_SUBSCRIPTION_KEY"]}, json={})  # want "KL104"
