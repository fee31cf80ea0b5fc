openai_key = "fedcba9876543210fedcba9876543210" # want "KL202" "KL106"
