param apimName string
param openAIName string

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: openAIName
}

resource apim 'Microsoft.ApiManagement/service@2024-06-01-preview' existing = {
  name: apimName
}

resource backend 'Microsoft.ApiManagement/service/backends@2024-06-01-preview' = {
  parent: apim
  name: 'openai-backend'
  properties: {
    url: '${openai.properties.endpoint}openai'
    protocol: 'http'
    credentials: {
      header: {
        'api-key': [ // want "KL304"
          openai.listKeys().key1 // want "KL302"
        ]
      }
    }
  }
}
