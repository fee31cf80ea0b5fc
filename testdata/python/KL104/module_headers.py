import os

import requests

# Headers built once at import, used by the functions below: a token fetched there would be
# fetched at import (failing it without a credential) and expire after about an hour, so the
# key header stays. A top-level script without functions may have its headers rewritten.
ENDPOINT = os.environ["CONTENT_SAFETY_ENDPOINT"]
HEADERS = {"Ocp-Apim-Subscription-Key": os.environ["CONTENT_SAFETY_KEY"]}  # want "KL104"


def analyze_text(text):
    url = ENDPOINT + "/contentsafety/text:analyze?api-version=2023-10-01"
    return requests.post(url, headers=HEADERS, json={"text": text}).json()


class Moderator:
    # A class attribute is built at import too.
    headers = {"Ocp-Apim-Subscription-Key": os.environ["CONTENT_SAFETY_KEY"]}  # want "KL104"

    def analyze_image(self, image):
        url = ENDPOINT + "/contentsafety/image:analyze?api-version=2023-10-01"
        return requests.post(url, headers=self.headers, json={"image": image}).json()
