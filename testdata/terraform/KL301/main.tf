variable "local_auth" {
  type    = bool
  default = true
}

resource "azurerm_cognitive_account" "openai" { # want "KL301"
  name                = "oai"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  kind                = "OpenAI"
  sku_name            = "S0"
}

resource "azurerm_ai_services" "hub" { # want "KL301"
  name                = "ais"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  sku_name            = "S0"
  local_auth_enabled  = true
}

resource "azurerm_cognitive_account" "speech" { # want "KL301"
  name                = "speech"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  kind                = "SpeechServices"
  sku_name            = "S0"
  local_auth_enabled  = var.local_auth
}
