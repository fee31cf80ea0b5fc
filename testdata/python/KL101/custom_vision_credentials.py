import os

from azure.cognitiveservices.vision.customvision.prediction import CustomVisionPredictionClient
from azure.cognitiveservices.vision.customvision.training import CustomVisionTrainingClient
from msrest.authentication import ApiKeyCredentials

training_key = os.environ["VISION_TRAINING_KEY"]  # want "KL105"
prediction_key = os.environ["VISION_PREDICTION_KEY"]  # want "KL105"
endpoint = os.environ["VISION_ENDPOINT"]

# Custom Vision takes its keys in a header map of a key credential.
credentials = ApiKeyCredentials(in_headers={"Training-key": training_key})  # want "KL101"
trainer = CustomVisionTrainingClient(endpoint, credentials)
predictor = CustomVisionPredictionClient(endpoint, ApiKeyCredentials(in_headers={"Prediction-key": prediction_key}))  # want "KL101"

# A header map with no key in it is not key auth.
public = ApiKeyCredentials(in_headers={"User-Agent": "demo"})
