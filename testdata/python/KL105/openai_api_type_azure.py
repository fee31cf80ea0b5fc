# The openai SDK's own settings pointed at Azure (OPENAI_API_TYPE=azure): OPENAI_API_KEY is then
# the Azure resource's key, read here and copied into the environment for langchain to use.
import os

from langchain.chat_models import AzureChatOpenAI

os.environ["OPENAI_API_TYPE"] = "azure"
os.environ["OPENAI_API_KEY"] = os.getenv("OPENAI_API_KEY")  # want "KL105"
os.environ["OPENAI_API_BASE"] = os.getenv("OPENAI_API_BASE")


def chat(deployment):
    return AzureChatOpenAI(deployment_name=deployment)  # want "KL107"
