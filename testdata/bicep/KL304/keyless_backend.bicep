param apimName string
param openAIEndpoint string

resource apim 'Microsoft.ApiManagement/service@2024-06-01-preview' existing = {
  name: apimName
}

resource backend 'Microsoft.ApiManagement/service/backends@2024-06-01-preview' = {
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
      header: {
        'x-ms-client-name': [ 'contoso-gateway' ]
      }
    }
  }
}

resource apiPolicy 'Microsoft.ApiManagement/service/policies@2024-06-01-preview' = {
  parent: apim
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: '''<policies>
  <inbound>
    <base />
    <validate-azure-ad-token tenant-id="${tenant().tenantId}">
      <audiences>
        <audience>https://cognitiveservices.azure.com</audience>
      </audiences>
    </validate-azure-ad-token>
    <set-backend-service backend-id="${backend.name}" />
    <set-header name="api-key" exists-action="delete" />
  </inbound>
</policies>'''
  }
}
