oai_local_auth_enabled = true
oai_sku_name           = "S0"
