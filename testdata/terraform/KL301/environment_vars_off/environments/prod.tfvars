oai_local_auth_enabled = false
