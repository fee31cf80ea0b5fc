# The app gets the data-plane role; the signed-in developer may hold the wider one.
New-AzRoleAssignment -ObjectId $app.Identity.PrincipalId -RoleDefinitionName "Cognitive Services OpenAI User" -Scope $account.Id
New-AzRoleAssignment -SignInName $me -RoleDefinitionName "Cognitive Services User" -Scope $account.Id
Get-AzRoleAssignment -RoleDefinitionName "Cognitive Services User" -Scope $account.Id
