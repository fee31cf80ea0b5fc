import requests


class AzureChat:
    """A wrapper's key path: the key its caller configured, copied to a local before the
    request to https://contoso.openai.azure.com/openai/v1. The header is reported but keeps
    the key: a DefaultAzureCredential of the class's own would ignore the caller's choice."""

    def __init__(self, key):
        self._key = key

    def complete(self, body):
        key = self._key
        headers = {"api-key": key}  # want "KL104"
        return requests.post("https://contoso.openai.azure.com/openai/v1/chat/completions", headers=headers, json=body)
