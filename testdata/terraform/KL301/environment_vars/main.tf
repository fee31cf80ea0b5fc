# local_auth_enabled comes from a variable with no default; the dev environment's variables
# file (terraform apply -var-file=environments/dev.tfvars) turns it on.
variable "oai_local_auth_enabled" {
  type = bool
}

resource "azurerm_cognitive_account" "openai" { # want "KL301"
  name                = "oai-dev"
  location            = "eastus"
  resource_group_name = "rg-dev"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = var.oai_local_auth_enabled
}
