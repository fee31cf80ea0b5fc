resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: 'st'
}

// Storage keys are another matter: not an AI account. openai.listKeys() in a comment is not code.
output connection string = 'DefaultEndpointsProtocol=https;AccountKey=${storage.listKeys().keys[0].value}'
