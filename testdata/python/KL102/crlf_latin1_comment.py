# -*- coding: latin-1 -*-
# café: a Latin-1 byte in a comment, CRLF endings
from openai import AzureOpenAI

client = AzureOpenAI(azure_endpoint=e, api_key=k)  # want "KL102"
