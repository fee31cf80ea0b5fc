import os

from openai import OpenAI

# openai.com requires a key; that is not what keylint is about.
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
other = OpenAI(api_key=os.getenv("OPENAI_API_KEY"), base_url="https://api.openai.com/v1")
