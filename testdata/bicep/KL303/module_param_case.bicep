param principalId string

// Role modules name their parameter as their authors like: roleDefinitionID, not only roleDefinitionId.
var cogRoleDefinitionId = 'a97b65f3-24c7-4388-baec-2e87135dc908' // Cognitive Services User
var openAIUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd' // Cognitive Services OpenAI User

module cogRoleAssignmentApi 'app/ai-access.bicep' = {
  name: 'cogRoleAssignmentApi'
  params: {
    roleDefinitionID: cogRoleDefinitionId // want "KL303"
    principalID: principalId
    principalType: 'ServicePrincipal'
  }
}

// The developer's own access: a user, not an application identity.
module cogRoleAssignmentUser 'app/ai-access.bicep' = {
  name: 'cogRoleAssignmentUser'
  params: {
    roleDefinitionID: cogRoleDefinitionId
    principalID: principalId
    principalType: 'User'
  }
}

// OpenAI User cannot list keys.
module openAIUserAssignment 'app/ai-access.bicep' = {
  name: 'openAIUserAssignment'
  params: {
    ROLEDEFINITIONID: openAIUserRoleId
    principalID: principalId
    principalType: 'ServicePrincipal'
  }
}
