import http.client


class TextToSpeech(object):
    # A class attribute of the same name: the method below uses the parameter's value.
    api_key = None

    def __init__(self, api_key):
        self.api_key = api_key

    def get_access_token(self):
        headers = {"Ocp-Apim-Subscription-Key": self.api_key}  # want "KL104"
        conn = http.client.HTTPSConnection("westus.api.cognitive.microsoft.com")
        conn.request("POST", "/sts/v1.0/issueToken", "", headers)
        return conn.getresponse().read()
