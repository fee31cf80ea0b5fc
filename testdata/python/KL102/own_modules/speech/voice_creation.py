# The program's own module: the Custom Voice REST calls take the key in their header.
import requests


def create_project(key, region, name):
    url = f"https://{region}.api.cognitive.microsoft.com/customvoice/projects/{name}?api-version=2024-02-01-preview"
    return requests.put(url, headers={"Ocp-Apim-Subscription-Key": key}, json={"kind": "ProfessionalVoice"})  # want "KL104"
