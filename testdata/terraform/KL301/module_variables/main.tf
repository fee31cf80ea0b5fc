resource "azurerm_cognitive_account" "this" { # want "KL301"
  name                = var.account_name
  location            = var.location
  resource_group_name = var.resource_group_name
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = var.local_auth_enabled
}
