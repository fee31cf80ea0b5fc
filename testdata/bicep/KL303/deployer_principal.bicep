resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'contentsafety'
}

resource apim 'Microsoft.ApiManagement/service@2024-05-01' existing = {
  name: 'gateway'
}

var cognitiveServicesUser = resourceId('Microsoft.Authorization/roleDefinitions', 'a97b65f3-24c7-4388-baec-2e87135dc908')

// The gateway's managed identity gets a role that can list the account's keys.
resource gatewayRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, apim.id, cognitiveServicesUser)
  properties: {
    roleDefinitionId: cognitiveServicesUser // want "KL303"
    principalId: apim.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// The person running the deployment: a developer's own access, as principalType 'User'.
resource deployerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, deployer().objectId, cognitiveServicesUser)
  properties: {
    roleDefinitionId: cognitiveServicesUser
    principalId: deployer().objectId
  }
}
