resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'oai'
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app'
  location: resourceGroup().location
  properties: {
    siteConfig: {
      appSettings: [
        { name: 'AZURE_OPENAI_API_KEY', value: openai.listKeys().key1 } // want "KL302"
        { name: 'OTHER_KEY', value: listKeys(resourceId('Microsoft.CognitiveServices/accounts', 'oai'), '2024-10-01').key2 } // want "KL302"
      ]
    }
  }
}
