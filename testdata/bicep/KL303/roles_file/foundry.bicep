// Role ids kept in a JSON file beside the template, loaded with loadJsonContent.
param apimPrincipalId string
var azureRoles = loadJsonContent('azure-roles.json')
var cognitiveServicesUserRoleId = resourceId('Microsoft.Authorization/roleDefinitions', azureRoles.CognitiveServicesUser)

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'contoso-ai'
}

resource keyReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, apimPrincipalId, cognitiveServicesUserRoleId)
  properties: {
    roleDefinitionId: cognitiveServicesUserRoleId // want "KL303"
    principalId: apimPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Not key readers: the OpenAI User role and a storage role from the same file.
resource inference 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, apimPrincipalId, 'openai-user')
  properties: {
    roleDefinitionId: resourceId('Microsoft.Authorization/roleDefinitions', azureRoles.CognitiveServicesOpenAIUser)
    principalId: apimPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource blobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, apimPrincipalId, 'blob-reader')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', azureRoles.StorageBlobDataReader)
    principalId: apimPrincipalId
    principalType: 'ServicePrincipal'
  }
}
