resource "azurerm_api_management_backend" "openai" {
  name                = "openai-backend"
  api_management_name = "apim"
  resource_group_name = "rg"
  protocol            = "http"
  url                 = "https://contoso.openai.azure.com/openai"
}

locals {
  policy = <<-XML
    <policies>
      <inbound>
        <base />
        <authentication-managed-identity resource="https://cognitiveservices.azure.com" />
        <set-backend-service backend-id="${azurerm_api_management_backend.openai.name}" />
      </inbound>
    </policies>
  XML
}

resource "azurerm_api_management_api_policy" "openai" {
  api_name            = "azure-openai"
  api_management_name = "apim"
  resource_group_name = "rg"
  xml_content         = local.policy
}
