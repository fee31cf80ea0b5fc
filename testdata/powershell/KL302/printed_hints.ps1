# A hint the script prints is text, not a command it runs.
Write-Host "  Get the key with: az cognitiveservices account keys list -g $ResourceGroupName -n $Name"
Write-Output 'Or: Get-AzCognitiveServicesAccountKey -ResourceGroupName rg -Name account'
echo "az cognitiveservices account keys list -g rg -n account"

# A subexpression inside the printed string runs: the key is read.
Write-Host "Key: $(az cognitiveservices account keys list -g $ResourceGroupName -n $Name --query key1 -o tsv)" # want "KL302"
$keys = Get-AzCognitiveServicesAccountKey -ResourceGroupName $ResourceGroupName -Name $Name # want "KL302"
