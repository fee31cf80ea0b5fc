// listKeys(account.id, apiVersion): the function form given the id of an AI account declared in
// this file reads its keys as account.listKeys() does; the same form on a storage account does not.
resource speech 'Microsoft.CognitiveServices/accounts@2022-12-01' = {
  name: 'speech-demo'
  location: resourceGroup().location
  kind: 'SpeechServices'
  sku: {
    name: 'F0'
  }
  properties: {
    disableLocalAuth: true
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: 'st'
}

output speechKey string = listKeys(speech.id, '2022-12-01').key1 // want "KL302"
output storageKey string = listKeys(storage.id, '2023-01-01').keys[0].value
output speechId string = speech.id

// The id spelled out from the symbol's type and name is the same account's id.
output speechKeyById string = listKeys(resourceId(subscription().subscriptionId, resourceGroup().name, speech.type, speech.name), speech.apiVersion).key1 // want "KL302"
output storageKeyById string = listKeys(resourceId(subscription().subscriptionId, resourceGroup().name, storage.type, storage.name), '2023-01-01').keys[0].value

// A module given an AI account's id as a parameter: listKeys(openAiId, ...) reads that account's
// keys (an AI hub connection with authType ApiKey); a parameter named for storage does not.
param openAiId string
param aiServicesAccountId string
param storageAccountId string

output hubKey string = listKeys(openAiId, '2023-05-01').key1 // want "KL302"
output servicesKey string = listKeys(aiServicesAccountId, '2023-05-01').key1 // want "KL302"
output blobKey string = listKeys(storageAccountId, '2023-01-01').keys[0].value

// The id interpolated into the resource id string: the same account's keys, and the storage
// account's are still not AI keys.
output speechKeyByString string = listKeys('${speech.id}/listKeys', '2022-12-01').key1 // want "KL302"
output storageKeyByString string = listKeys('${storage.id}/listKeys', '2023-01-01').keys[0].value
