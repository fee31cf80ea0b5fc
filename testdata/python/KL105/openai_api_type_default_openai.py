# OPENAI_API_TYPE defaulting to "open_ai": OPENAI_API_KEY is openai.com's, even in a file that
# names an Azure setting.
import os

OPENAI_API_TYPE = os.getenv("OPENAI_API_TYPE", "open_ai")
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
AZURE_REGION = os.getenv("AZURE_REGION", "westeurope")


def settings():
    return {"type": OPENAI_API_TYPE, "has_key": bool(OPENAI_API_KEY), "region": AZURE_REGION}
