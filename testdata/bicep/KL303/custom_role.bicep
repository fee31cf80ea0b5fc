targetScope = 'subscription'

// Modelled on "Cognitive Services User", keys included.
resource aiReader 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(subscription().id, 'ai-reader')
  properties: {
    roleName: 'Contoso AI Reader'
    assignableScopes: [ subscription().id ]
    permissions: [
      {
        actions: [
          'Microsoft.CognitiveServices/accounts/read'
          'Microsoft.CognitiveServices/*' // want "KL303"
        ]
        notActions: []
        dataActions: [ 'Microsoft.CognitiveServices/accounts/OpenAI/*' ]
      }
    ]
  }
}

resource listKeysRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(subscription().id, 'ops')
  properties: {
    roleName: 'Contoso AI Ops'
    permissions: [ { actions: [ 'Microsoft.CognitiveServices/accounts/listKeys/action' ] } ] // want "KL303"
  }
}

// Wildcards, with the key action taken away again: fine.
resource aiOperator 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(subscription().id, 'ai-operator')
  properties: {
    roleName: 'Contoso AI Operator'
    permissions: [
      {
        actions: [
          'Microsoft.CognitiveServices/*'
          '*/read'
        ]
        notActions: [
          'Microsoft.CognitiveServices/accounts/listkeys/action'
          'Microsoft.CognitiveServices/accounts/regenerateKey/action'
        ]
      }
    ]
  }
}

// Read-only: never the keys.
resource aiViewer 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(subscription().id, 'ai-viewer')
  properties: {
    roleName: 'Contoso AI Viewer'
    permissions: [
      {
        actions: [ 'Microsoft.CognitiveServices/*/read', 'Microsoft.Resources/subscriptions/resourceGroups/read' ]
        dataActions: [ 'Microsoft.CognitiveServices/accounts/OpenAI/*/read' ]
      }
    ]
  }
}
