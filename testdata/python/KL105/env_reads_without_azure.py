import os

from openai import OpenAI

# openai.com only: OPENAI_API_KEY is how that service works.
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
model = os.getenv("OPENAI_MODEL", "gpt-4o")
other = os.environ.get("SOME_SERVICE_TOKEN")
