# SynapseML's Azure OpenAI transformers are configured by a builder chain: the key given to
# setSubscriptionKey is an Azure AI key; the chain's other setters and a keyless chain are not.
# The read above the openai.api_type = "azure" line is the same Azure key.
import os

import openai
from synapse.ml.services.openai import OpenAICompletion, OpenAIEmbedding

key = os.getenv("OPENAI_API_KEY")  # want "KL105"
service_name = "contoso-openai"

completion = (
    OpenAICompletion()
    .setSubscriptionKey(key)  # want "KL102"
    .setDeploymentName("gpt-4o")
    .setCustomServiceName(service_name)
    .setMaxTokens(200)
)

# Keyless: the transformer authenticates with the workspace's identity (AAD token column).
embedding = OpenAIEmbedding().setDeploymentName("text-embedding-3-small").setCustomServiceName(service_name).setAADToken("token")

openai.api_type = "azure"
openai.api_base = "https://contoso.openai.azure.com/"
