# A settings dict read from the environment and handed whole to an evaluator by keyword
# (model_config=model_config) is that client's configuration: its key entry is the KL102.
from os import environ

from azure.ai.evaluation import GroundednessEvaluator

model_config = {
    "azure_endpoint": environ["AZURE_OPENAI_ENDPOINT"],
    "api_key": environ["AZURE_OPENAI_API_KEY"],  # want "KL102"
    "azure_deployment": environ["AZURE_OPENAI_MODEL"],
    "api_version": environ["AZURE_OPENAI_API_VERSION"],
}

groundedness = GroundednessEvaluator(model_config=model_config)
