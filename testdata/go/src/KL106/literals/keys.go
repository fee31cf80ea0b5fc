// Package literals has keys written into the source.
package literals

const apiKey = "0123456789abcdef0123456789abcdef" // want "KL106"

var settings = map[string]string{
	"AZURE_OPENAI_API_KEY": "fedcba9876543210fedcba9876543210", // want "KL106"
	"BUILD_DIGEST":         "d41d8cd98f00b204e9800998ecf8427e",
}

const aiServicesKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99BCAAAAAAAAAAAAAAAAACOG3iHz" // want "KL106"

const roleID = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"

const placeholderKey = "<your-key>"
