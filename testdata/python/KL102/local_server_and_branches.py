import os

import openai

client_args = {}
if os.getenv("LOCAL_OPENAI_ENDPOINT"):
    client_args["api_key"] = "no-key-required"
    client_args["base_url"] = os.getenv("LOCAL_OPENAI_ENDPOINT")
    client = openai.AsyncOpenAI(**client_args)
else:
    client = openai.AsyncAzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], azure_ad_token_provider=provider, **client_args)

if os.getenv("OPENAI_HOST") == "azure":
    eval_config = {"api_type": "azure", "azure_endpoint": os.environ["AZURE_OPENAI_ENDPOINT"], "azure_ad_token_provider": provider}
else:
    eval_config = {"api_key": os.environ["OPENAICOM_KEY"], "model": "gpt-4"}  # openai.com's key: not an Azure finding
