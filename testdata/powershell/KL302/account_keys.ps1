$keys = Get-AzCognitiveServicesAccountKey -ResourceGroupName $rg -Name $account # want "KL302"
Set-AzWebApp -ResourceGroupName $rg -Name $app -AppSettings @{ AZURE_OPENAI_API_KEY = $keys.Key1 }
