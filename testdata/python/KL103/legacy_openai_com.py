import os

import openai

# openai<1.0 against openai.com: a key is required there.
openai.api_key = os.getenv("OPENAI_API_KEY")
completion = openai.Completion.create(model="gpt-3.5-turbo-instruct", prompt="hi")
