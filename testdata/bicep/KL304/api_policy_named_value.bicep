param apimName string
param openAIName string

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: openAIName
}

resource apim 'Microsoft.ApiManagement/service@2024-06-01-preview' existing = {
  name: apimName
}

resource openAIKey 'Microsoft.ApiManagement/service/namedValues@2024-06-01-preview' = {
  parent: apim
  name: 'openai-key'
  properties: {
    displayName: 'openai-key'
    secret: true
    value: openai.listKeys().key1 // want "KL302"
  }
}

resource api 'Microsoft.ApiManagement/service/apis@2024-06-01-preview' = {
  parent: apim
  name: 'azure-openai'
  properties: {
    path: 'openai'
    serviceUrl: '${openai.properties.endpoint}openai'
    subscriptionRequired: true
  }
}

resource apiPolicy 'Microsoft.ApiManagement/service/apis/policies@2024-06-01-preview' = {
  parent: api
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: '''
<policies>
  <inbound>
    <base />
    <set-header name="api-key" exists-action="override">
      <value>{{openai-key}}</value>
    </set-header>
    <azure-openai-token-limit counter-key="@(context.Subscription.Id)" tokens-per-minute="5000" estimate-prompt-tokens="true" />
  </inbound>
  <backend>
    <base />
  </backend>
  <outbound>
    <base />
  </outbound>
</policies>
'''
  }
}
