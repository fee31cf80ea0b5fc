output "role_id" {
  value = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"
}
output "digest" {
  value = "d41d8cd98f00b204e9800998ecf8427e"
}
