resource "azurerm_role_definition" "ai_reader" {
  name  = "Contoso AI Reader"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.CognitiveServices/accounts/read",
      "Microsoft.CognitiveServices/accounts/*", # want "KL303"
    ]
    data_actions = ["Microsoft.CognitiveServices/accounts/OpenAI/*"]
  }
}

resource "azurerm_role_definition" "ai_operator" {
  name  = "Contoso AI Operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*"]
    not_actions = ["Microsoft.CognitiveServices/accounts/listKeys/action", "Microsoft.Authorization/*/write"]
  }
}

resource "azurerm_role_assignment" "developer_reader" {
  scope                = azurerm_cognitive_account.openai.id
  role_definition_name = "Cognitive Services User"
  principal_id         = var.developer_object_id
  principal_type       = "User"
}
