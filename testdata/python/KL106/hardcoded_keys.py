from openai import AzureOpenAI

api_key = "0123456789abcdef0123456789abcdef"  # want "KL106"
AZURE_OPENAI_KEY = "fedcba9876543210fedcba9876543210"  # want "KL106"

client = AzureOpenAI(
    azure_endpoint="https://contoso.openai.azure.com",
    api_version="2024-10-21",
    api_key="a1b2c3d4e5f60718293a4b5c6d7e8f90",  # want "KL102" "KL106"
)

ai_services_key = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99BCAAAAAAAAAAAAAAAAACOG3iHz"  # want "KL106"
openai_key = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zT3BlbkFJAb3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"  # want "KL106"
