param principalId string
param principalType string = 'User'

// principalType comes from a parameter that defaults to User: the developer's own access.
module documentIntelligenceRoleUser 'core/security/role.bicep' = {
  name: 'doc-intel-user'
  params: {
    principalId: principalId
    roleDefinitionId: 'a97b65f3-24c7-4388-baec-2e87135dc908'
    principalType: principalType
  }
}
