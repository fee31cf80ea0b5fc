param location string = resourceGroup().location

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'contoso-openai'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'contoso-openai'
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: 'contoso-chat'
  location: location
  properties: {
    siteConfig: {
      appSettings: [
        { name: 'AZURE_OPENAI_ENDPOINT', value: openai.properties.endpoint }
        { name: 'AZURE_OPENAI_API_KEY', value: openai.listKeys().key1 }
      ]
    }
  }
}
