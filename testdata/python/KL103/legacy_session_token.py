import os

import openai
import streamlit
from azure.identity import DefaultAzureCredential

# openai<1 configured from the environment; the type is not a literal.
api_type = os.environ.get("AZURE_OPENAI_TYPE", "azure")
openai.api_base = os.getenv("AZURE_OPENAI_BASE")
openai.api_type = api_type
credential = DefaultAzureCredential()


def refresh():
    # A token kept in the Streamlit session and refreshed: keyless.
    streamlit.session_state["openai_token"] = credential.get_token("https://cognitiveservices.azure.com/.default")
    openai.api_key = streamlit.session_state["openai_token"].token


def use_key():
    # The session holds a key here, not a token.
    streamlit.session_state["openai_key"] = os.getenv("AZURE_OPENAI_KEY")  # want "KL105"
    openai.api_key = streamlit.session_state["openai_key"]  # want "KL103"
