// Bicep function names are case-insensitive: listkeys() reads the keys as listKeys() does.
resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'oai'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'st'
}

output id string = account.id
output token string = account.listkeys().key1 // want "KL302"
output storageKey string = storage.listkeys().keys[0].value
