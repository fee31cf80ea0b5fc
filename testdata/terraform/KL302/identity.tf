resource "azurerm_linux_web_app" "app" {
  name                = "app"
  resource_group_name = "rg"
  location            = "eastus"
  service_plan_id     = azurerm_service_plan.plan.id
  site_config {}
  identity {
    type = "SystemAssigned"
  }
  app_settings = {
    AZURE_OPENAI_ENDPOINT = azurerm_cognitive_account.openai.endpoint
  }
}
