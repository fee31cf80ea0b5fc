// A GUID-like id and a named value: neither is a key written into the file.
var policy = '<policies><inbound><validate-azure-ad-token tenant-id="6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0" /><set-backend-service base-url="https://contoso.openai.azure.com/openai" /><set-header name="api-key" exists-action="override"><value>{{openai-key}}</value></set-header></inbound></policies>'
