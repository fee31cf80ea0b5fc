<#
.SYNOPSIS
Old way, kept for reference: Get-AzCognitiveServicesAccountKey -ResourceGroupName $rg -Name $account
$headers = @{ "Ocp-Apim-Subscription-Key" = $keys.Key1 }
#>
$token = (Get-AzAccessToken -ResourceUrl "https://cognitiveservices.azure.com").Token
$headers = @{ Authorization = "Bearer $token" }
