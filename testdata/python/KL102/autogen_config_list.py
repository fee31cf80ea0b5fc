import os

config_list = [
    {
        "model": "gpt-4o",
        "api_type": "azure",
        "base_url": os.environ["AZURE_OPENAI_ENDPOINT"],
        "api_key": os.environ["AZURE_OPENAI_API_KEY"],  # want "KL102"
        "api_version": "2024-10-21",
    }
]

llm_config = {"config_list": config_list, "temperature": 0}
