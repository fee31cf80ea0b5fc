param apimName string

resource apim 'Microsoft.ApiManagement/service@2024-06-01-preview' existing = {
  name: apimName
}

resource openAIBackend 'Microsoft.ApiManagement/service/backends@2024-06-01-preview' = {
  parent: apim
  name: 'openai-backend'
  properties: {
    url: 'https://contoso.openai.azure.com/openai'
    protocol: 'http'
  }
}

// A one-line policy with Bicep escapes and an interpolation of the backend's name.
var policy = '<policies><inbound><base /><set-backend-service backend-id="${openAIBackend.name}" /><set-header name=\'api-key\' exists-action="override"><value>{{openai-key}}</value></set-header></inbound><backend><base /></backend></policies>'

resource servicePolicy 'Microsoft.ApiManagement/service/policies@2024-06-01-preview' = {
  parent: apim
  name: 'policy'
  properties: {
    format: 'xml'
    value: policy
  }
}
