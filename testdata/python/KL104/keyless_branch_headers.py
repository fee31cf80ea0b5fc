import requests


class ContentUnderstandingClient:
    def __init__(self, endpoint: str, subscription_key: str = None, token_provider=None):
        self._endpoint = endpoint
        # The program's own keyless alternative: the key branch goes, the bearer branch stays.
        self._headers = (
            {"Ocp-Apim-Subscription-Key": subscription_key}  # want "KL104"
            if subscription_key
            else {"Authorization": f"Bearer {token_provider()}"}
        )

    def analyze(self, body, api_key=None, token=None):
        headers = {"api-key": api_key} if api_key is not None else {"Authorization": "Bearer " + token}  # want "KL104"
        return requests.post(self._endpoint, headers=headers, json=body)


def azure_or_openai(url, azure: bool, azure_key: str, openai_key: str):
    # Azure one way, openai.com the other: which branch runs is not the key's presence.
    headers = {"api-key": azure_key} if azure else {"Authorization": f"Bearer {openai_key}"}  # want "KL104"
    return requests.post(url, headers=headers)


def keyed_bearer(url, key, mode):
    # The other branch's bearer value is a key too.
    headers = {"api-key": key} if key else {"Authorization": "Bearer " + mode.api_key}  # want "KL104"
    return requests.post(url, headers=headers)


def both_keys(url, key, other_key):
    headers = {"api-key": key} if key else {"Ocp-Apim-Subscription-Key": other_key}  # want "KL104" "KL104"
    return requests.post(url, headers=headers)
