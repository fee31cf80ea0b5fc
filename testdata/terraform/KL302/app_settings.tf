resource "azurerm_linux_web_app" "app" {
  name                = "app"
  resource_group_name = "rg"
  location            = "eastus"
  service_plan_id     = azurerm_service_plan.plan.id
  site_config {}
  app_settings = {
    AZURE_OPENAI_API_KEY = azurerm_cognitive_account.openai.primary_access_key # want "KL302"
    SECOND_KEY           = data.azurerm_cognitive_account.shared.secondary_access_key # want "KL302"
    STORAGE_KEY          = azurerm_storage_account.st.primary_access_key
    ENDPOINT             = azurerm_cognitive_account.openai.endpoint
  }
}
