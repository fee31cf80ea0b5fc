param apimName string
param openAIName string
param enableManagedIdAuth bool = false

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: openAIName
}

resource apim 'Microsoft.ApiManagement/service@2024-06-01-preview' existing = {
  name: apimName
}

// The key header is one branch of a conditional: sent whenever managed identity is off.
resource backend 'Microsoft.ApiManagement/service/backends@2024-06-01-preview' = {
  parent: apim
  name: 'openai-backend'
  properties: {
    url: '${openai.properties.endpoint}openai'
    protocol: 'http'
    credentials: {
      header: enableManagedIdAuth ? null : {
        'api-key': ['{{openai-key}}'] // want "KL304"
      }
    }
  }
}

// A header map of another header, conditional too: no key.
resource traced 'Microsoft.ApiManagement/service/backends@2024-06-01-preview' = {
  parent: apim
  name: 'openai-traced'
  properties: {
    url: '${openai.properties.endpoint}openai'
    protocol: 'http'
    credentials: {
      header: enableManagedIdAuth ? null : {
        'x-trace': ['on']
      }
    }
  }
}
