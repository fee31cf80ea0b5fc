resource "azurerm_api_management_backend" "openai" {
  name                = "openai-backend"
  api_management_name = "apim"
  resource_group_name = "rg"
  protocol            = "http"
  url                 = "https://contoso.openai.azure.com/openai"

  credentials {
    header = {
      "api-key" = "{{openai-key}}" # want "KL304"
      "x-ms-client" = "gateway"
    }
  }
}

resource "azapi_resource" "search_backend" {
  type      = "Microsoft.ApiManagement/service/backends@2024-06-01-preview"
  parent_id = "apim-id"
  name      = "search-backend"
  body = {
    properties = {
      url      = "https://contoso.search.windows.net"
      protocol = "http"
      credentials = {
        header = {
          "api-key" = ["{{search-key}}"] # want "KL304"
        }
      }
    }
  }
}
