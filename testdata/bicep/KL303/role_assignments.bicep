param principalId string
var cognitiveServicesUser = 'a97b65f3-24c7-4388-baec-2e87135dc908'

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'oai'
}

resource appRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(openai.id, principalId, cognitiveServicesUser)
  scope: openai
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUser) // want "KL303"
  }
}

module contributor 'core/security/role.bicep' = {
  name: 'contributor'
  params: {
    principalId: principalId
    roleDefinitionId: '25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68' // want "KL303"
    principalType: 'ServicePrincipal'
  }
}
