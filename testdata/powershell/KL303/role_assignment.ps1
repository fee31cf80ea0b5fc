$app = Get-AzWebApp -ResourceGroupName $rg -Name $appName
$account = Get-AzCognitiveServicesAccount -ResourceGroupName $rg -Name $accountName

New-AzRoleAssignment -ObjectId $app.Identity.PrincipalId -RoleDefinitionName "Cognitive Services User" -Scope $account.Id # want "KL303"
New-AzRoleAssignment -ObjectId $app.Identity.PrincipalId `
    -RoleDefinitionId 'a97b65f3-24c7-4388-baec-2e87135dc908' `
    -Scope $account.Id

$role = 'Cognitive Services Contributor'
New-AzRoleAssignment -ApplicationId $clientId -RoleDefinitionName $role -Scope $account.Id # want "KL303"
az role assignment create --assignee $clientId --role "Cognitive Services User" --scope $account.Id # want "KL303"
