// Package catalog is the rule catalog: ids, names, severities, docs and examples, defined once
// and read by every surface (CLI help, SARIF metadata, the README table, the golangci-lint
// plugin). It is pure Go, so the plugin can use it without the tree-sitter side.
package catalog

import (
	"strings"

	"github.com/keylint/keylint"
)

const helpBase = "https://github.com/keylint/keylint/blob/main/docs/RULES.md#"

// whyKeys is the shared reason every key rule cites.
const whyKeys = "A key is a long-lived bearer secret: it leaks through commits and logs, is shared by " +
	"people and apps, outlives the people who had it, and cannot be traced to a caller in the " +
	"service's logs. Grant the app's managed identity (or the developer) the role \"Cognitive " +
	"Services OpenAI User\" and authenticate with DefaultAzureCredential instead."

var (
	kl101 = &keylint.Rule{
		ID: "KL101", Name: "key-credential", Severity: keylint.Error, HelpURI: helpURI("KL101", "key-credential"),
		Langs:   codeLangs,
		Manual:  "Replace the key credential with DefaultAzureCredential (every Azure SDK client takes a TokenCredential) and grant the app's identity a data-plane role on the resource.",
		Summary: "key credential constructed for an Azure client",
		Doc: "AzureKeyCredential (and its kin: azcore.NewKeyCredential in Go, ApiKeyCredential given to " +
			"AzureOpenAIClient in C#, KeyCredential given to an Azure OpenAI builder in Java) wraps an " +
			"API key for any Azure service client: OpenAI, AI Search, Document Intelligence, Content " +
			"Safety and the rest. " + whyKeys + " Every one of these clients also accepts a TokenCredential.",
		Examples: []keylint.Example{{
			Lang: keylint.Python,
			Bad:  "client = SearchClient(endpoint, index, AzureKeyCredential(os.environ[\"AZURE_SEARCH_KEY\"]))",
			Good: "client = SearchClient(endpoint, index, DefaultAzureCredential())",
		}},
		Tags: []string{"security", "azure", "credentials"}, SecuritySeverity: "8.0",
	}
	kl102 = &keylint.Rule{
		ID: "KL102", Name: "client-api-key", Severity: keylint.Error, HelpURI: helpURI("KL102", "client-api-key"),
		Langs:   codeLangs,
		Manual:  "Pass a bearer-token provider for https://cognitiveservices.azure.com/.default (get_bearer_token_provider / getBearerTokenProvider over DefaultAzureCredential, or a TokenCredential) and remove the key argument.",
		Summary: "API key handed to an Azure OpenAI or Azure AI client",
		Doc: "An Azure OpenAI client (openai's AzureOpenAI, langchain's AzureChatOpenAI, semantic-kernel's " +
			"AzureChatCompletion, llama-index, autogen configs, the JS/TS AzureOpenAI, openai-go's " +
			"azure.WithAPIKey, ...) is given an API key. " + whyKeys + " Pass a bearer-token provider for " +
			"the scope https://cognitiveservices.azure.com/.default instead; the SDKs reject a key and a " +
			"token provider together, so the key argument goes. A token provider passed as api_key (the " +
			"v1 API pattern) is keyless and not reported.",
		Examples: []keylint.Example{{
			Lang: keylint.Python,
			Bad: "client = AzureOpenAI(azure_endpoint=endpoint, api_version=\"2024-10-21\",\n" +
				"                     api_key=os.environ[\"AZURE_OPENAI_API_KEY\"])",
			Good: "token_provider = get_bearer_token_provider(DefaultAzureCredential(),\n" +
				"                                           \"https://cognitiveservices.azure.com/.default\")\n" +
				"client = AzureOpenAI(azure_endpoint=endpoint, api_version=\"2024-10-21\",\n" +
				"                     azure_ad_token_provider=token_provider)",
		}},
		Tags: []string{"security", "azure", "credentials"}, SecuritySeverity: "8.0",
	}
	kl103 = &keylint.Rule{
		ID: "KL103", Name: "legacy-global-key", Severity: keylint.Error, HelpURI: helpURI("KL103", "legacy-global-key"),
		Langs:   pythonLangs,
		Manual:  "Move to openai>=1 and AzureOpenAI(azure_ad_token_provider=...); on openai<1 set openai.api_type = \"azure_ad\" and openai.api_key to a token from DefaultAzureCredential.",
		Summary: "openai<1.0 module-level key configured for Azure",
		Doc: "The openai<1.0 module configuration sets openai.api_key next to openai.api_type = \"azure\". " +
			whyKeys + " Upgrade to openai>=1 and use AzureOpenAI with azure_ad_token_provider; on the old " +
			"SDK, api_type = \"azure_ad\" with a token from DefaultAzureCredential is keyless.",
		Examples: []keylint.Example{{
			Lang: keylint.Python,
			Bad:  "openai.api_type = \"azure\"\nopenai.api_key = os.getenv(\"AZURE_OPENAI_API_KEY\")",
			Good: "openai.api_type = \"azure_ad\"\nopenai.api_key = DefaultAzureCredential().get_token(\"https://cognitiveservices.azure.com/.default\").token",
		}},
		Tags: []string{"security", "azure", "credentials", "legacy"}, SecuritySeverity: "8.0",
	}
	kl104 = &keylint.Rule{
		ID: "KL104", Name: "key-header", Severity: keylint.Error, HelpURI: helpURI("KL104", "key-header"),
		Langs:   scriptLangs,
		Manual:  "Send Authorization: Bearer with a token from DefaultAzureCredential for https://cognitiveservices.azure.com/.default instead of the key header, or use the SDK client with a token provider.",
		Summary: "raw HTTP request carries an api-key or Ocp-Apim-Subscription-Key header",
		Doc: "A hand-built HTTP request (requests, httpx, aiohttp, fetch, axios, HttpClient, curl, " +
			"Invoke-RestMethod, ...) authenticates with the api-key or Ocp-Apim-Subscription-Key header. " +
			whyKeys + " Send \"Authorization: Bearer <token>\" with a token for " +
			"https://cognitiveservices.azure.com/.default instead, or use the SDK client.",
		Examples: []keylint.Example{{
			Lang: keylint.Python,
			Bad:  "requests.post(url, headers={\"api-key\": os.environ[\"AZURE_OPENAI_API_KEY\"]}, json=body)",
			Good: "token = DefaultAzureCredential().get_token(\"https://cognitiveservices.azure.com/.default\").token\nrequests.post(url, headers={\"Authorization\": f\"Bearer {token}\"}, json=body)",
		}},
		Tags: []string{"security", "azure", "credentials", "http"}, SecuritySeverity: "8.0",
	}
	kl105 = &keylint.Rule{
		ID: "KL105", Name: "key-env-read", Severity: keylint.Warning, HelpURI: helpURI("KL105", "key-env-read"),
		Langs:   scriptLangs,
		Manual:  "Once nothing authenticates with the key, stop reading it: delete the variable here and the setting in every environment, then disable local auth on the resource.",
		Summary: "key read from an environment variable or app setting",
		Doc: "The code reads a setting whose name looks like an Azure OpenAI / Azure AI key (by default " +
			"*OPENAI*KEY*, AZURE*KEY*, *COGNITIVE*KEY*, *SEARCH*KEY*, AOAI*KEY*; configurable as key-names), " +
			"in a file that talks to Azure, or whose value flows into a key credential or client. The key " +
			"still exists and still has to be distributed to every environment. " + whyKeys + " When the " +
			"read sits inside a KL101/KL102 expression on the same line, only that rule is reported.",
		Examples: []keylint.Example{{
			Lang: keylint.Python,
			Bad:  "key = os.getenv(\"AZURE_OPENAI_API_KEY\")",
			Good: "credential = DefaultAzureCredential()",
		}},
		Tags: []string{"security", "azure", "credentials"}, SecuritySeverity: "5.0",
	}
	kl106 = &keylint.Rule{
		ID: "KL106", Name: "hardcoded-key", Severity: keylint.Error, HelpURI: helpURI("KL106", "hardcoded-key"),
		Langs:   append(append([]keylint.Lang{}, scriptLangs...), keylint.Dotenv, keylint.JSON, keylint.YAML, keylint.Terraform, keylint.APIMPolicy, keylint.Bicep, keylint.ARM, keylint.Text),
		Manual:  "Delete the key from the code and rotate it now (it is in the history); authenticate with DefaultAzureCredential instead.",
		Summary: "key value written into the source",
		Doc: "A literal is a real-looking key: the 84-character Azure AI services key (JQQJ99 signature, " +
			"checksum validated offline), an OpenAI sk-/sk-proj- key, or a 32-hex-character Azure key in key " +
			"context (a key-like name, parameter or header, a NAME=VALUE line of a .properties, .ini, .toml or .conf file, " +
			"an <add key=\"ApiKey\" value=\"...\"/> entry of a Web.config or App.config). Placeholders, hashes and GUIDs are not reported. " +
			"A committed key is in the history for good: rotate it (regenerate the key on the resource), " +
			"then remove it and move to Microsoft Entra ID. Output never shows more than its first 4 characters.",
		Examples: []keylint.Example{{
			Lang: keylint.Python,
			Bad:  "api_key = \"<the 32 hex characters copied from Keys and Endpoint>\"",
			Good: "token_provider = get_bearer_token_provider(DefaultAzureCredential(), \"https://cognitiveservices.azure.com/.default\")",
		}},
		Tags: []string{"security", "secret", "azure"}, SecuritySeverity: "9.0",
	}
	kl107 = &keylint.Rule{
		ID: "KL107", Name: "implicit-env-key", Severity: keylint.Warning, HelpURI: helpURI("KL107", "implicit-env-key"),
		Langs:   clientDefaultLangs,
		Manual:  "Pass the credential explicitly (azure_ad_token_provider / azureADTokenProvider / a TokenCredential) so the SDK never falls back to AZURE_OPENAI_API_KEY.",
		Summary: "Azure OpenAI client built with no credential, so it reads a key from the environment",
		Doc: "With no api_key, azure_ad_token or azure_ad_token_provider the SDKs silently fall back to the " +
			"AZURE_OPENAI_API_KEY environment variable (openai, langchain, semantic-kernel, llama-index; JS " +
			"AzureOpenAI; C# AzureOpenAIClient without a credential). The code looks keyless but is not. " +
			whyKeys + " Pass the token provider explicitly. Not reported when arguments are spread in or a " +
			"client or default headers that could carry auth are passed.",
		Examples: []keylint.Example{{
			Lang: keylint.Python,
			Bad:  "client = AzureOpenAI(azure_endpoint=endpoint, api_version=\"2024-10-21\")",
			Good: "client = AzureOpenAI(azure_endpoint=endpoint, api_version=\"2024-10-21\",\n                     azure_ad_token_provider=token_provider)",
		}},
		Tags: []string{"security", "azure", "credentials"}, SecuritySeverity: "5.0",
	}
)

// The file and infrastructure rules.
var (
	kl201 = &keylint.Rule{
		ID: "KL201", Name: "env-file-key", Severity: keylint.Error, HelpURI: helpURI("KL201", "env-file-key"),
		Langs:   []keylint.Lang{keylint.Dotenv},
		Manual:  "Delete the key from the file and rotate it (a tracked file keeps it in git history); keep .env files out of git and use az login locally.",
		Summary: "key stored in a dotenv file",
		Doc: "A .env file (.env, .env.*, *.env; not .env.example, .sample, .template or .dist) assigns a " +
			"non-placeholder value to a key-like name. Tracked by git (or staged), the key is in the " +
			"history for good: rotate it. Untracked and not ignored, it is one `git add .` away: add the " +
			"file to .gitignore. Either way the app is still using a key; " + shortWhy + " A repository that " +
			"talks to Azure but whose .gitignore does not ignore .env gets one info finding.",
		Examples: []keylint.Example{{
			Lang: keylint.Dotenv,
			Bad:  "AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com\nAZURE_OPENAI_API_KEY=<the key from the portal>",
			Good: "AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com\n# no key: the app uses DefaultAzureCredential (az login locally)",
		}},
		Tags: []string{"security", "secret", "azure"}, SecuritySeverity: "8.5",
	}
	kl202 = &keylint.Rule{
		ID: "KL202", Name: "settings-file-key", Severity: keylint.Error, HelpURI: helpURI("KL202", "settings-file-key"),
		Langs:   []keylint.Lang{keylint.JSON, keylint.YAML, keylint.Terraform},
		Manual:  "Delete the key from the settings file and rotate it; configure only the endpoint and let DefaultAzureCredential (managed identity in Azure, az login locally) authenticate.",
		Summary: "key stored in a settings file",
		Doc: "A JSON or YAML settings file (local.settings.json, appsettings*.json, OAI_CONFIG_LIST, " +
			"config*.json|yaml, docker-compose environment:, Kubernetes env:, GitHub workflow env:, Spring " +
			"application.yml, Terraform .tfvars) has a key-like property holding a non-placeholder value. " +
			"References are not values: ${{ secrets.X }}, @Microsoft.KeyVault(...), $(VAR), ${VAR}. A " +
			"committed key must be rotated; then remove it and " + shortWhy,
		Examples: []keylint.Example{{
			Lang: keylint.JSON,
			Bad:  `{ "Values": { "AZURE_OPENAI_API_KEY": "<the key from the portal>" } }`,
			Good: `{ "Values": { "AZURE_OPENAI_ENDPOINT": "https://contoso.openai.azure.com" } }`,
		}},
		Tags: []string{"security", "secret", "azure"}, SecuritySeverity: "8.5",
	}
	kl301 = &keylint.Rule{
		ID: "KL301", Name: "local-auth-enabled", Severity: keylint.Warning, HelpURI: helpURI("KL301", "local-auth-enabled"),
		Langs:   []keylint.Lang{keylint.Bicep, keylint.ARM, keylint.Terraform},
		Manual:  "Set disableLocalAuth: true (Terraform: local_auth_enabled = false) once every client authenticates with Entra ID.",
		Summary: "Azure AI account deployed with key authentication enabled",
		Doc: "A Microsoft.CognitiveServices/accounts resource (Bicep, ARM) is created without " +
			"disableLocalAuth: true, or with false; a Terraform azurerm_cognitive_account or " +
			"azurerm_ai_services without local_auth_enabled = false (its default is true). While local auth " +
			"is on, the account's two keys work, and anyone who can list them can use them. Set it, once " +
			"every client uses Microsoft Entra ID. `existing` references are not reported.",
		Examples: []keylint.Example{{
			Lang: keylint.Bicep,
			Bad:  "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: name\n  kind: 'OpenAI'\n  properties: {\n    customSubDomainName: name\n  }\n}",
			Good: "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: name\n  kind: 'OpenAI'\n  properties: {\n    customSubDomainName: name\n    disableLocalAuth: true\n  }\n}",
		}},
		Tags: []string{"security", "azure", "infrastructure"}, SecuritySeverity: "6.0",
	}
	kl302 = &keylint.Rule{
		ID: "KL302", Name: "list-keys", Severity: keylint.Error, HelpURI: helpURI("KL302", "list-keys"),
		Langs:   []keylint.Lang{keylint.Bicep, keylint.ARM, keylint.Terraform, keylint.Shell, keylint.PowerShell},
		Manual:  "Stop reading account keys: assign the app's managed identity Cognitive Services OpenAI User (5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) and pass the app only the endpoint.",
		Summary: "deployment or script reads an Azure AI account key",
		Doc: "Infrastructure code or a script reads the account's key: Bicep listKeys(), ARM [listKeys(...)], " +
			"Terraform .primary_access_key, az cognitiveservices account keys list, " +
			"Get-AzCognitiveServicesAccountKey. Whatever receives it (app settings, a pipeline variable, a .env) " +
			"now holds a full-rights secret. Assign \"Cognitive Services OpenAI User\" " +
			"(5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) to the app's managed identity and let it use Microsoft Entra ID " +
			"tokens instead; then set disableLocalAuth: true.",
		Examples: []keylint.Example{{
			Lang: keylint.Shell,
			Bad:  "export AZURE_OPENAI_API_KEY=$(az cognitiveservices account keys list -n \"$ACCOUNT\" -g \"$RG\" --query key1 -o tsv)",
			Good: "az role assignment create --assignee \"$APP_PRINCIPAL_ID\" --role \"Cognitive Services OpenAI User\" --scope \"$ACCOUNT_ID\"",
		}},
		Tags: []string{"security", "azure", "infrastructure"}, SecuritySeverity: "8.0",
	}
	kl303 = &keylint.Rule{
		ID: "KL303", Name: "key-reader-role", Severity: keylint.Warning, HelpURI: helpURI("KL303", "key-reader-role"),
		Langs:   []keylint.Lang{keylint.Bicep, keylint.ARM, keylint.Terraform, keylint.Shell, keylint.PowerShell},
		Manual:  "Assign Cognitive Services OpenAI User (5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) instead: it calls the models but cannot list keys. In a custom role, add Microsoft.CognitiveServices/accounts/listKeys/action to notActions.",
		Summary: "app identity granted a role that can list account keys",
		Doc: "A role assignment gives an application identity \"Cognitive Services User\" " +
			"(a97b65f3-24c7-4388-baec-2e87135dc908) or \"Cognitive Services Contributor\" " +
			"(25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68) on an AI account. Both include " +
			"Microsoft.CognitiveServices/accounts/listkeys/action, so the app can read the keys. \"Cognitive " +
			"Services OpenAI User\" (5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) is enough to call Azure OpenAI with " +
			"Microsoft Entra ID. Assignments to users (principalType: 'User') are not reported. The roles are " +
			"recognised by id and by name, in IaC and in scripts (az role assignment create --role, " +
			"New-AzRoleAssignment -RoleDefinitionName/-RoleDefinitionId). Custom role definitions (Bicep/ARM " +
			"Microsoft.Authorization/roleDefinitions, Terraform azurerm_role_definition) are reported on the action " +
			"that grants Microsoft.CognitiveServices/accounts/listKeys/action, itself or through a wildcard such as " +
			"Microsoft.CognitiveServices/* or */action, unless notActions takes it away.",
		Examples: []keylint.Example{{
			Lang: keylint.Bicep,
			Bad:  "roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a97b65f3-24c7-4388-baec-2e87135dc908')",
			Good: "roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')",
		}},
		Tags: []string{"security", "azure", "infrastructure", "rbac"}, SecuritySeverity: "5.0",
	}
)

// The API gateway rules: Azure API Management in front of Azure OpenAI and other AI services.
var (
	kl304 = &keylint.Rule{
		ID: "KL304", Name: "gateway-backend-key", Severity: keylint.Error, HelpURI: helpURI("KL304", "gateway-backend-key"),
		Langs: gatewayLangs,
		Manual: "Replace the key header with <authentication-managed-identity resource=\"https://cognitiveservices.azure.com\" /> " +
			"(https://search.azure.com for AI Search), assign APIM's managed identity \"Cognitive Services OpenAI User\" " +
			"(5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) on the account, then delete the named value that held the key and rotate the key.",
		Summary: "API gateway authenticates to the AI backend with the service's key",
		Doc: "An Azure API Management policy sets the backend's api-key header (from a named value, a variable " +
			"or a literal), sends Ocp-Apim-Subscription-Key or an Authorization header built from a key to an " +
			"Azure AI endpoint, or an APIM backend's credentials.header carries api-key (Bicep, ARM, Terraform). " +
			"Moving the key into the gateway hides it from the callers but keeps it: it sits in a named value, " +
			"works from anywhere, and every request reaches the service as the same anonymous key holder. " +
			"APIM's managed identity can authenticate instead: authentication-managed-identity fetches an Entra ID " +
			"token for https://cognitiveservices.azure.com and sends it as a bearer token, and the identity needs " +
			"only \"Cognitive Services OpenAI User\". Headers APIM only deletes (exists-action=\"delete\"), " +
			"response headers and keys toward backends that are not Azure AI are not reported. Policies are read " +
			"from policy files (a <policies> root) and from policy strings in Bicep, ARM and Terraform, with " +
			"findings on the host file's own lines. Fix: a header directly in <inbound> becomes " +
			"authentication-managed-identity (https://search.azure.com toward AI Search), the rest of the policy " +
			"unchanged; in a send-request the identity goes last; headers in <choose> branches and <backend> " +
			"retries are deleted and the identity is added once after <inbound>'s <base />. Fragments get the " +
			"message only, since where they are included is not known.",
		Examples: []keylint.Example{{
			Lang: keylint.APIMPolicy,
			Bad: "<inbound>\n    <base />\n    <set-backend-service backend-id=\"openai-backend\" />\n" +
				"    <set-header name=\"api-key\" exists-action=\"override\">\n        <value>{{openai-key}}</value>\n    </set-header>\n</inbound>",
			Good: "<inbound>\n    <base />\n    <set-backend-service backend-id=\"openai-backend\" />\n" +
				"    <authentication-managed-identity resource=\"https://cognitiveservices.azure.com\" />\n</inbound>",
		}},
		Tags: []string{"security", "azure", "gateway", "credentials"}, SecuritySeverity: "8.0",
	}
	kl305 = &keylint.Rule{
		ID: "KL305", Name: "gateway-accepts-keys", Severity: keylint.Warning, HelpURI: helpURI("KL305", "gateway-accepts-keys"),
		Langs: gatewayLangs,
		Manual: "Add validate-azure-ad-token (or validate-jwt) at the start of <inbound> with your tenant and the audience " +
			"https://cognitiveservices.azure.com, so callers need an Entra ID token (the same token provider the SDKs use); then " +
			"require no subscription key, or keep it only for quotas.",
		Summary: "API gateway in front of Azure AI lets callers in with a subscription key alone",
		Doc: "A policy forwards to Azure OpenAI or another Azure AI service (a backend URL on openai.azure.com, " +
			"cognitiveservices.azure.com or services.ai.azure.com; a backend id that IaC in the same tree points " +
			"there; a managed-identity token or key header for it; azure-openai-* policies toward a backend not " +
			"known to be elsewhere) but its <inbound> validates no Microsoft Entra ID token (validate-jwt or " +
			"validate-azure-ad-token). An APIM subscription key is then all a caller needs: it is a shared, " +
			"long-lived key of its own, with none of the service's RBAC behind it. Validate an Entra ID token " +
			"with the audience https://cognitiveservices.azure.com so clients keep using the SDKs' token provider " +
			"and only identities you allow get in. A policy inheriting validation through <base /> from a product " +
			"or global policy is reported when that policy is not in the scanned code; suppress it there. An " +
			"include-fragment counts as validation when the tree's fragment file validates, or, defined elsewhere, " +
			"when its id names it (aad-auth, validate-jwt, ...). A templated backend id ({backend-id}) is resolved " +
			"through the IaC that loads the policy file (a replace() binding, or the backends of the loading file " +
			"and its modules). The tree is the nearest folder holding .git or azure.yaml.",
		Examples: []keylint.Example{{
			Lang: keylint.APIMPolicy,
			Bad: "<inbound>\n    <base />\n    <authentication-managed-identity resource=\"https://cognitiveservices.azure.com\" />\n" +
				"    <set-backend-service backend-id=\"openai-backend\" />\n</inbound>",
			Good: "<inbound>\n    <base />\n    <validate-azure-ad-token tenant-id=\"{{tenant-id}}\">\n        <audiences>\n" +
				"            <audience>https://cognitiveservices.azure.com</audience>\n        </audiences>\n    </validate-azure-ad-token>\n" +
				"    <authentication-managed-identity resource=\"https://cognitiveservices.azure.com\" />\n" +
				"    <set-backend-service backend-id=\"openai-backend\" />\n</inbound>",
		}},
		Tags: []string{"security", "azure", "gateway", "authentication"}, SecuritySeverity: "5.0",
	}
)

// shortWhy is the keyless path in one sentence.
const shortWhy = "use DefaultAzureCredential and the role \"Cognitive Services OpenAI User\" instead."

// All returns the rule catalog in id order. The list is explicit: adding a rule means adding it
// here, and the registry test checks ids, names, docs and testdata.
func All() []*keylint.Rule {
	return []*keylint.Rule{kl101, kl102, kl103, kl104, kl105, kl106, kl107, kl201, kl202, kl301, kl302, kl303, kl304, kl305}
}

func helpURI(id, name string) string { return helpBase + strings.ToLower(id) + "-" + name }

// codeLangs are the languages whose checkers report the code rules.
var codeLangs = []keylint.Lang{keylint.Python, keylint.Notebook, keylint.JavaScript, keylint.TypeScript, keylint.CSharp, keylint.Java, keylint.Go}

// scriptLangs add the shell languages, for rules about raw requests and environment reads.
var scriptLangs = append(append([]keylint.Lang{}, codeLangs...), keylint.Shell, keylint.PowerShell)

// clientDefaultLangs have clients that fall back to a key from the environment (KL107).
var clientDefaultLangs = []keylint.Lang{keylint.Python, keylint.Notebook, keylint.JavaScript, keylint.TypeScript, keylint.CSharp}

// gatewayLangs hold API Management policies: policy files, and policy strings in IaC.
var gatewayLangs = []keylint.Lang{keylint.APIMPolicy, keylint.Bicep, keylint.ARM, keylint.Terraform}

// pythonLangs report the openai<1.0 module-global rule, which only Python has.
var pythonLangs = []keylint.Lang{keylint.Python, keylint.Notebook}

var catalog = All()

// ByID returns the rule with the id (case-insensitive) or name, or nil.
func ByID(id string) *keylint.Rule {
	for _, r := range catalog {
		if strings.EqualFold(r.ID, id) || r.Name == id {
			return r
		}
	}
	return nil
}
