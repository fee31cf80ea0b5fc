import os

from openai import AsyncOpenAI, OpenAI


# openai.com clients chosen at run time: a key is how openai.com authenticates.
def make_client(is_async):
    return (AsyncOpenAI if is_async else OpenAI)(api_key=os.environ["OPENAI_API_KEY"])
