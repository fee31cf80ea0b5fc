resource "azurerm_cognitive_account" "cga" {
  for_each            = var.regions
  name                = "ai-${each.key}"
  location            = each.key
  resource_group_name = var.resource_group_name
  kind                = "AIServices"
  sku_name            = "S0"
  local_auth_enabled  = false
}

output "ai_services_primary_access_key" {
  value     = { for region, c in azurerm_cognitive_account.cga : region => c.primary_access_key } # want "KL302"
  sensitive = true
}

output "ai_services_secondary_keys" {
  value     = azurerm_cognitive_account.cga[*].secondary_access_key # want "KL302"
  sensitive = true
}

# The endpoints are no secret.
output "ai_services_endpoint" {
  value = { for region, c in azurerm_cognitive_account.cga : region => c.endpoint }
}

# Indexed by an expression, not a literal: each account's key, in a list handed on.
locals {
  accounts = [
    for idx, name in keys(var.regions) : {
      key      = azurerm_cognitive_account.cga[name].primary_access_key # want "KL302"
      endpoint = azurerm_cognitive_account.cga[name].endpoint
    }
  ]
}
