@description('Allow API key authentication (defaults to on for local development).')
param enableApiKeyAuth bool = true

@description('Allow API key authentication.')
param allowKeys bool = false

// disableLocalAuth is the negation of a parameter that defaults to true: keys work.
resource docIntel 'Microsoft.CognitiveServices/accounts@2023-05-01' = { // want "KL301"
  name: 'docintel'
  location: 'eastus'
  kind: 'FormRecognizer'
  sku: { name: 'S0' }
  properties: {
    disableLocalAuth: !enableApiKeyAuth
  }
}

// The negation of a parameter that defaults to false: keyless.
resource language 'Microsoft.CognitiveServices/accounts@2023-05-01' = {
  name: 'language'
  location: 'eastus'
  kind: 'TextAnalytics'
  sku: { name: 'S0' }
  properties: {
    disableLocalAuth: !allowKeys
  }
}
