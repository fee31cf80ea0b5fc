<# .SYNOPSIS Rotates the app's OpenAI key (this help block is never closed, so PowerShell
runs none of it until it is; the commands below are what runs once it is closed)
$keys = Get-AzCognitiveServicesAccountKey -ResourceGroupName $rg -Name $account # want "KL302"
$headers = @{ "Ocp-Apim-Subscription-Key" = $keys.Key1 } # want "KL104"
