resource "azurerm_cognitive_account" "openai" { # want "KL301"
  name     = "oai"
  kind     = "OpenAI"
  sku_name = "S0"
}

resource "azurerm_linux_web_app" "app" {
  app_settings = {
    KEY = azurerm_cognitive_account.openai.primary_access_key # want "KL302"
