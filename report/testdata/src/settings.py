# Settings with keys written into the source (report golden-file fixture).
api_key = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
# An Azure AI services key in a comment: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99BCAAAAAAAAAAAAAAAAACOG3iHz
OPENAI_KEY = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zT3BlbkFJAb3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"
placeholder = "<your-api-key>"
