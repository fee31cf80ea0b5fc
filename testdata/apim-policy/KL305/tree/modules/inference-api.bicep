param apimName string
param policyXml string
param endpoints array

resource apim 'Microsoft.ApiManagement/service@2024-06-01-preview' existing = {
  name: apimName
}

resource backends 'Microsoft.ApiManagement/service/backends@2024-06-01-preview' = [for (e, i) in endpoints: {
  parent: apim
  name: 'inference-${i}'
  properties: {
    url: '${e}openai'
    protocol: 'http'
    credentials: {
      #disable-next-line BCP037
      managedIdentity: {
        resource: 'https://cognitiveservices.azure.com'
      }
    }
  }
}]

resource api 'Microsoft.ApiManagement/service/apis@2024-06-01-preview' = {
  parent: apim
  name: 'inference'
  properties: {
    path: 'inference'
  }
}

resource apiPolicy 'Microsoft.ApiManagement/service/apis/policies@2024-06-01-preview' = {
  parent: api
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: replace(policyXml, '{backend-id}', backends[0].name)
  }
}
