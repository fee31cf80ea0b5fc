param apimName string
param openAIEndpoint string = 'https://contoso.openai.azure.com/'

resource apim 'Microsoft.ApiManagement/service@2024-06-01-preview' existing = {
  name: apimName
}

resource openAIBackend 'Microsoft.ApiManagement/service/backends@2024-06-01-preview' = {
  parent: apim
  name: 'openai-backend'
  properties: {
    url: '${openAIEndpoint}openai'
    protocol: 'http'
    credentials: {
      #disable-next-line BCP037
      managedIdentity: {
        resource: 'https://cognitiveservices.azure.com'
      }
    }
  }
}

resource ordersBackend 'Microsoft.ApiManagement/service/backends@2024-06-01-preview' = {
  parent: apim
  name: 'orders-backend'
  properties: {
    url: 'https://orders.contoso.example/api'
    protocol: 'http'
  }
}
