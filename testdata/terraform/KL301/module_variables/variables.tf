variable "account_name" {
  type = string
}

variable "local_auth_enabled" {
  type        = bool
  default     = true
  description = "The module's default keeps keys on; callers should pass false."
}
