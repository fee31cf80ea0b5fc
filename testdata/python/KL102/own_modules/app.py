# speech/ beside this file is the program's own package: the key handed to its functions is
# reported where they reach a client (or a header), in their own file, not at these calls.
# An absolute import of an SDK is still a client.
import os

from azure.cognitiveservices.speech import SpeechConfig
from speech import voice_creation

speech_key = os.getenv("AZURE_SPEECH_KEY")  # want "KL105"
region = os.getenv("AZURE_SPEECH_REGION")

project = voice_creation.create_project(speech_key, region, "demo")
config = SpeechConfig(subscription=speech_key, region=region)  # want "KL102"
