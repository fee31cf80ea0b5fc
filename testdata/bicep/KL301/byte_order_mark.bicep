resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = { // want "KL301"
  name: 'oai-bom'
  location: 'eastus'
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'oai-bom'
  }
}
