param location string = resourceGroup().location
param disableLocal bool = false

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = { // want "KL301"
  name: 'oai-${uniqueString(resourceGroup().id)}'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'oai-${uniqueString(resourceGroup().id)}'
    publicNetworkAccess: 'Enabled'
  }
}

resource speech 'Microsoft.CognitiveServices/accounts@2024-10-01' = { // want "KL301"
  name: 'speech'
  location: location
  kind: 'SpeechServices'
  sku: { name: 'S0' }
  properties: {
    disableLocalAuth: false
  }
}

resource vision 'Microsoft.CognitiveServices/accounts@2024-10-01' = { // want "KL301"
  name: 'vision'
  location: location
  kind: 'ComputerVision'
  properties: {
    disableLocalAuth: disableLocal
  }
}

resource noProps 'Microsoft.CognitiveServices/accounts@2024-10-01' = { // want "KL301"
  name: 'lang'
  location: location
  kind: 'TextAnalytics'
}

module ai 'core/ai/cognitiveservices.bicep' = { // want "KL301"
  name: 'openai'
  params: {
    name: 'oai'
    disableLocalAuth: false
  }
}
