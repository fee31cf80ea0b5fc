$apiKey = "0123456789abcdef0123456789abcdef" # want "KL106"
$env:AZURE_OPENAI_API_KEY = 'fedcba9876543210fedcba9876543210' # want "KL106"
