import os

import requests

# PROVISIONING holds "vision" but names no Computer Vision: the setting's words say which
# service it is (a device provisioning service, no Cognitive Services token): the key header
# stays.
requests.post(os.environ["DEVICE_PROVISIONING_ENDPOINT"] + "/devices", headers={"Ocp-Apim-Subscription-Key": os.environ["PROVISIONING_API_KEY"]}, json={})  # want "KL104"
