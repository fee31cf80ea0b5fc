import os

from openai import OpenAI

# Amazon Bedrock and Groq serve OpenAI-compatible APIs under /openai/v1 on hosts of their own:
# a key for them is not an Azure key.
region = os.environ.get("AWS_REGION", "us-east-1")
bedrock = OpenAI(api_key=os.environ["BEDROCK_API_KEY"], base_url=f"https://bedrock-mantle.{region}.api.aws/openai/v1")
groq = OpenAI(api_key=os.environ["GROQ_API_KEY"], base_url="https://api.groq.com/openai/v1")

# The Azure v1 path on an Azure host, a gateway's custom domain or an endpoint from the
# environment is Azure.
gateway = OpenAI(api_key=os.environ["KEY"], base_url="https://aoai-gateway.contoso.com/openai/v1/")  # want "KL102"
azure = OpenAI(api_key=os.environ["KEY"], base_url="https://contoso.openai.azure.com/openai/v1/")  # want "KL102"
joined = OpenAI(api_key=os.environ["KEY"], base_url=f"{os.environ['ENDPOINT']}/openai/v1/")  # want "KL102"
