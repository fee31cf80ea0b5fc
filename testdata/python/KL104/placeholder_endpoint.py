import requests

# A quickstart with placeholders: the path says Face, which takes tokens on its resource's
# custom subdomain.
subscription_key = "PASTE_YOUR_FACE_SUBSCRIPTION_KEY_HERE"
face_api_url = "PASTE_YOUR_FACE_ENDPOINT_HERE" + "/face/v1.0/detect"

headers = {"Ocp-Apim-Subscription-Key": subscription_key}  # want "KL104"
response = requests.post(face_api_url, params={"detectionModel": "detection_03"}, headers=headers, json={"url": "https://example.com/a.jpg"})
print(response.json())
