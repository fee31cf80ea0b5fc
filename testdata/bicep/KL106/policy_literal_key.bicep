var policy = '''
<policies>
  <inbound>
    <validate-azure-ad-token tenant-id="contoso.onmicrosoft.com" />
    <set-backend-service base-url="https://contoso.openai.azure.com/openai" />
    <set-header name="api-key" exists-action="override">
      <value>0f1e2d3c4b5a69788796a5b4c3d2e1f0</value>
    </set-header>
  </inbound>
</policies>
'''
