# Get-AzCognitiveServicesAccountKey is what this script used to call.
New-AzRoleAssignment -ObjectId $principalId -RoleDefinitionName "Cognitive Services OpenAI User" -Scope $accountId
