# A Streamlit widget's key= is its id, and a service principal's secret gets Entra ID tokens:
# neither is an AI key reaching a client. The key-based client is.
import os

import streamlit as st
from azure.identity import ClientSecretCredential
from openai import AzureOpenAI

subscription_key = os.getenv("AZURE_OPENAI_API_KEY")  # want "KL105"
with st.sidebar:
    api_key = st.text_input("Key", key={subscription_key}, value={subscription_key}, type="password")
ordered = sorted(["b", "a"], key=len)

credential = ClientSecretCredential(os.environ["AZURE_TENANT_ID"], os.environ["AZURE_CLIENT_ID"], os.environ["AZURE_CLIENT_SECRET"])
client = AzureOpenAI(api_key=subscription_key, azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21")  # want "KL102"
