location       = "eastus"
openai_api_key = ""
sku            = "S0"
