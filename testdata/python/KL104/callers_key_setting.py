from typing import Dict

import requests


class ContentSafety:
    """A library's own key path: the key its caller configured, sent to the Content Safety
    endpoint the caller gave. The header is reported but keeps the key: a
    DefaultAzureCredential of the library's own would ignore the caller's choice."""

    def __init__(self, endpoint: str, subscription_key: str) -> None:
        self.endpoint = endpoint
        self.subscription_key = subscription_key

    def build_headers(self) -> Dict[str, str]:
        return {"Ocp-Apim-Subscription-Key": self.subscription_key, "Content-Type": "application/json"}  # want "KL104"

    def analyze(self, text: str):
        url = f"{self.endpoint}/contentsafety/text:analyze?api-version=2023-10-01"
        return requests.post(url, headers=self.build_headers(), json={"text": text})


def analyze(endpoint: str, key: str, text: str):
    url = f"{endpoint}/contentsafety/text:analyze?api-version=2023-10-01"
    return requests.post(url, headers={"Ocp-Apim-Subscription-Key": key}, json={"text": text})  # want "KL104"
