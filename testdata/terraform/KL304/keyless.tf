resource "azurerm_api_management_backend" "openai" {
  name                = "openai-backend"
  api_management_name = "apim"
  resource_group_name = "rg"
  protocol            = "http"
  url                 = "https://contoso.openai.azure.com/openai"
}

resource "azurerm_api_management_api_policy" "openai" {
  api_name            = "azure-openai"
  api_management_name = "apim"
  resource_group_name = "rg"

  xml_content = <<-XML
    <policies>
      <inbound>
        <base />
        <validate-azure-ad-token tenant-id="${var.tenant_id}">
          <audiences>
            <audience>https://cognitiveservices.azure.com</audience>
          </audiences>
        </validate-azure-ad-token>
        <authentication-managed-identity resource="https://cognitiveservices.azure.com" />
        <set-backend-service backend-id="${azurerm_api_management_backend.openai.name}" />
        %{ if var.strip_keys }<set-header name="api-key" exists-action="delete" />%{ endif }
      </inbound>
    </policies>
  XML
}

variable "tenant_id" {
  type = string
}

variable "strip_keys" {
  type    = bool
  default = true
}
