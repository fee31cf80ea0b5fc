resource "azurerm_cognitive_account" "ai" {
  name                = "contoso-ai"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = false
}

resource "azurerm_api_management_named_value" "openai_key" {
  name                = "openai-key"
  api_management_name = "apim"
  resource_group_name = "rg"
  display_name        = "openai-key"
  secret              = true
  value               = azurerm_cognitive_account.ai.primary_access_key # want "KL302"
}

resource "azurerm_api_management_backend" "openai" {
  name                = "openai-backend"
  api_management_name = "apim"
  resource_group_name = "rg"
  protocol            = "http"
  url                 = "${azurerm_cognitive_account.ai.endpoint}openai"
}

resource "azurerm_api_management_api_policy" "openai" {
  api_name            = "azure-openai"
  api_management_name = "apim"
  resource_group_name = "rg"

  xml_content = <<XML
<policies>
  <inbound>
    <base />
    <set-header name="Authorization" exists-action="delete" />
    <set-header name="api-key" exists-action="override">
      <value>{{${azurerm_api_management_named_value.openai_key.display_name}}}</value>
    </set-header>
    <set-backend-service backend-id="${azurerm_api_management_backend.openai.name}" />
  </inbound>
  <backend><base /></backend>
  <outbound><base /></outbound>
</policies>
XML
}

resource "azurerm_api_management_product_policy" "quota" {
  product_id          = "starter"
  api_management_name = "apim"
  resource_group_name = "rg"
  xml_content         = "<policies><inbound><base /><set-backend-service backend-id=\"openai-backend\" /><set-header name=\"api-key\" exists-action=\"override\"><value>{{openai-key}}</value></set-header></inbound></policies>"
}
