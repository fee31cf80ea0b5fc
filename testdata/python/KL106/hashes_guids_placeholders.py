import hashlib

# Hashes, digests and GUIDs look like keys but are not, outside key context.
EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e"
checksum = hashlib.md5(b"").hexdigest()
role_id = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"
tenant_guid = "72f988bf86f141af91ab2d7cd011db47"
key_id = "0123456789abcdef0123456789abcdef"
api_key = "<your-api-key>"
other_key = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
task = "sk-learn-estimator"
