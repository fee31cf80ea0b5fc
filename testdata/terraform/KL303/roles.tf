resource "azurerm_role_assignment" "app_user" {
  scope                = azurerm_cognitive_account.openai.id
  role_definition_name = "Cognitive Services User" # want "KL303"
  principal_id         = azurerm_linux_web_app.app.identity[0].principal_id
}

resource "azurerm_role_assignment" "app_contributor" {
  scope              = azurerm_cognitive_account.openai.id
  role_definition_id = "/subscriptions/${var.sub}/providers/Microsoft.Authorization/roleDefinitions/25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68" # want "KL303"
  principal_id       = azurerm_linux_web_app.app.identity[0].principal_id
}
