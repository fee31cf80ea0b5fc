param principalId string

// Azure Verified Modules take a role by name or id.
module openai 'br/public:avm/res/cognitive-services/account:0.10.1' = {
  name: 'openai'
  params: {
    name: 'contoso-openai'
    kind: 'OpenAI'
    roleAssignments: [
      {
        principalId: principalId
        principalType: 'ServicePrincipal'
        roleDefinitionIdOrName: 'Cognitive Services Contributor' // want "KL303"
      }
      {
        principalId: principalId
        principalType: 'ServicePrincipal'
        roleDefinitionIdOrName: 'Cognitive Services OpenAI User'
      }
      {
        principalId: principalId
        principalType: 'ServicePrincipal'
        roleDefinitionIdOrName: 'Cognitive Services Usages Reader'
      }
    ]
  }
}
