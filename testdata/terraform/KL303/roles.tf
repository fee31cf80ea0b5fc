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

# People, not applications: Entra ID users (their keys are no app's).
resource "azurerm_role_assignment" "developers" {
  for_each             = data.azuread_user.devs
  scope                = azurerm_cognitive_account.openai.id
  role_definition_name = "Cognitive Services User"
  principal_id         = each.value.object_id
}

resource "azurerm_role_assignment" "lead" {
  scope                = azurerm_cognitive_account.openai.id
  role_definition_name = "Cognitive Services Contributor"
  principal_id         = data.azuread_user.lead.object_id
}

# each.value over something else is still an application's.
resource "azurerm_role_assignment" "apps" {
  for_each             = azurerm_linux_web_app.apps
  scope                = azurerm_cognitive_account.openai.id
  role_definition_name = "Cognitive Services User" # want "KL303"
  principal_id         = each.value.identity[0].principal_id
}
