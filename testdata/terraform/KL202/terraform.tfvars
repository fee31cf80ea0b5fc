location            = "eastus"
openai_api_key      = "Zk3q9XwP2mLr8TvB4nYc6HdJ1sFa7GeK0uQiR5oWtMxE3bNp" # want "KL202"
search_key          = "0123456789abcdef0123456789abcdef" # want "KL202" "KL106"
key_vault_name      = "kv-contoso"
