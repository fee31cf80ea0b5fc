param apimName string
param endpoints array

// The policy's {backend-id} is filled in by the module, whose backends are Azure OpenAI.
module inferenceAPI '../../modules/inference-api.bicep' = {
  name: 'inference-api'
  params: {
    apimName: apimName
    policyXml: loadTextContent('policy.xml')
    endpoints: endpoints
  }
}
