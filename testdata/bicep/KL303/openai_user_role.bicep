param principalId string
param userPrincipalId string

// The right role for an app, and a key-reading role for a developer (a user), are both fine.
module openaiUser 'core/security/role.bicep' = {
  name: 'openai-user'
  params: {
    principalId: principalId
    roleDefinitionId: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
    principalType: 'ServicePrincipal'
  }
}

module developer 'core/security/role.bicep' = {
  name: 'developer'
  params: {
    principalId: userPrincipalId
    roleDefinitionId: 'a97b65f3-24c7-4388-baec-2e87135dc908'
    principalType: 'User'
  }
}
