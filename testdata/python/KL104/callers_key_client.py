import requests


class AzureClient:
    """An SDK's or wrapper's own key path to https://contoso.openai.azure.com/openai/v1: the
    key its caller configured, beside a token path. The header is reported but keeps the key:
    a DefaultAzureCredential of the class's own would ignore the caller's choice."""

    def __init__(self, api_key=None, azure_ad_token=None):
        self.api_key = api_key
        self.azure_ad_token = azure_ad_token

    def auth_headers(self):
        if self.azure_ad_token:
            return {"Authorization": f"Bearer {self.azure_ad_token}"}
        return {"api-key": self.api_key}  # want "KL104"

    def post(self, path, body):
        return requests.post("https://contoso.openai.azure.com/openai/v1" + path, headers=self.auth_headers(), json=body)
