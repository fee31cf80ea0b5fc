param existingName string

// Keyless: local auth off. The existing reference is not a new account.
resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai'
  location: resourceGroup().location
  kind: 'OpenAI'
  properties: {
    customSubDomainName: 'oai'
    disableLocalAuth: true
  }
}

resource shared 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: existingName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st'
  location: resourceGroup().location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
}
