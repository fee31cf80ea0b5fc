$hash = "d41d8cd98f00b204e9800998ecf8427e"
$apiKey = "<your-key>"
$keyId = "0123456789abcdef0123456789abcdef"
