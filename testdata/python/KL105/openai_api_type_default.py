# The openai library's settings read with Azure as their default (OPENAI_API_TYPE defaults to
# "azure", the base to an Azure resource): OPENAI_API_KEY is then that resource's key. A default
# of "open_ai" says openai.com.
import os

OPENAI_API_TYPE = os.getenv("OPENAI_API_TYPE", "azure")
OPENAI_API_BASE = os.getenv("OPENAI_API_BASE", "https://contoso.openai.azure.com/")
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")  # want "KL105"


def settings():
    return {"type": OPENAI_API_TYPE, "base": OPENAI_API_BASE, "has_key": bool(OPENAI_API_KEY)}
