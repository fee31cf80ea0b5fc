@description('Inbound policy for the Azure OpenAI API: managed identity toward the backend.')
param policyXml string = '<policies><inbound><base /><authentication-managed-identity resource="https://cognitiveservices.azure.com/" /></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>'

param entraPolicyXml string = '<policies><inbound><base /><validate-jwt header-name="Authorization"><openid-config url="https://login.microsoftonline.com/${tenant().tenantId}/v2.0/.well-known/openid-configuration" /></validate-jwt><authentication-managed-identity resource="https://cognitiveservices.azure.com/" /></inbound></policies>'

// Not a policy: XML that happens to sit in a string.
var notPolicy = '<note>api-key</note>'
