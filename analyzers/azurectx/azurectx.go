// Package azurectx decides whether code talks to Azure (openai.com needs keys, Azure does not)
// and whether a setting name looks like a key.
package azurectx

import (
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// DefaultKeyNameGlobs are the env-var / setting names KL105 treats as keys (case-insensitive,
// doublestar syntax).
var DefaultKeyNameGlobs = []string{"*OPENAI*KEY*", "AZURE*KEY*", "*COGNITIVE*KEY*", "*SEARCH*KEY*", "AOAI*KEY*"}

// KeyNames matches setting names against the configured globs.
type KeyNames struct {
	globs []string // upper-cased
}

// NewKeyNames validates and compiles the globs; nil or empty means the defaults.
func NewKeyNames(globs []string) (*KeyNames, error) {
	if len(globs) == 0 {
		globs = DefaultKeyNameGlobs
	}
	k := &KeyNames{}
	for _, g := range globs {
		if !doublestar.ValidatePattern(g) {
			return nil, &BadGlobError{Glob: g}
		}
		k.globs = append(k.globs, strings.ToUpper(g))
	}
	return k, nil
}

// BadGlobError is a key-name glob doublestar cannot parse.
type BadGlobError struct{ Glob string }

func (e *BadGlobError) Error() string { return "invalid key-name glob " + `"` + e.Glob + `"` }

// Match reports whether name is a key setting name ("AZURE_OPENAI_API_KEY").
func (k *KeyNames) Match(name string) bool {
	up := strings.ToUpper(name)
	for _, g := range k.globs {
		if ok, _ := doublestar.Match(g, up); ok {
			return true
		}
	}
	return false
}

// DefaultMarkers are substrings of code (identifiers, import paths, hosts, settings) that put a
// file in Azure context. They are matched case-sensitively against identifiers and string
// contents, never against comments.
var DefaultMarkers = []string{
	"AzureOpenAI", "AsyncAzureOpenAI", "AzureChatOpenAI", "AzureOpenAIEmbeddings", "AzureChatCompletion",
	"AzureOpenAIClient", "Azure.AI.OpenAI", "@azure/openai", "azopenai", "openai-go/azure",
	"com.azure.ai.openai", "AzureKeyCredential",
	".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com",
	"AZURE_", "azure_openai", "azure_endpoint", "azure_deployment",
	// and the Azure v1 path, "/openai/v1", on a host that is Azure's or not written out: AzureV1Path.
}

// Markers decides Azure context from code text.
type Markers struct {
	markers []string
}

// NewMarkers adds extra markers from config to the defaults.
func NewMarkers(extra []string) *Markers {
	m := &Markers{markers: append([]string(nil), DefaultMarkers...)}
	m.markers = append(m.markers, extra...)
	return m
}

// In reports whether a piece of code (an identifier, a dotted name, a string's contents) marks
// Azure context.
func (m *Markers) In(code string) bool {
	for _, mk := range m.markers {
		if strings.Contains(code, mk) {
			return true
		}
	}
	return AzureV1Path(code) || AzureDeploymentPath(code) || IsAzureModule(code)
}

// IsAzureModule reports whether an import path belongs to an Azure SDK ("azure.identity",
// "azure.search.documents", "@azure/core-auth", "Azure.AI.OpenAI", "com.azure.core").
func IsAzureModule(path string) bool {
	return strings.HasPrefix(path, "azure.") || strings.HasPrefix(path, "@azure/") ||
		strings.HasPrefix(path, "Azure.") || strings.HasPrefix(path, "com.azure.") ||
		strings.HasPrefix(path, "github.com/Azure/") ||
		// SynapseML's Azure AI services transformers (synapse.ml.services, formerly
		// synapse.ml.cognitive): OpenAICompletion().setSubscriptionKey(key) is Azure OpenAI's.
		strings.HasPrefix(path, "synapse.ml.") ||
		// azure-openai: the openai v3 npm fork whose Configuration takes azure: { apiKey, endpoint }.
		path == "azure-openai" ||
		// The Speech SDK: microsoft-cognitiveservices-speech-sdk, Microsoft.CognitiveServices.Speech,
		// com.microsoft.cognitiveservices.speech, github.com/Microsoft/cognitive-services-speech-sdk-go.
		strings.Contains(strings.ReplaceAll(strings.ToLower(path), "-", ""), "cognitiveservices")
}

// nonAIModules are the Azure SDK packages of services whose keys are not AI keys: Storage
// (blobs, queues, files, tables, data lake), Cosmos DB, Service Bus, Event Hubs, Key Vault and
// App Configuration. Their account keys, SAS and connection strings have their own keyless
// paths; an Entra ID rewrite for Cognitive Services would break them.
var nonAIModules = []string{
	"azure.storage", "azure.data.tables", "azure.cosmos", "azure.servicebus", "azure.eventhub",
	"azure.keyvault", "azure.appconfiguration",
	"@azure/storage-", "@azure/data-tables", "@azure/cosmos", "@azure/service-bus", "@azure/event-hubs",
	"@azure/keyvault-", "@azure/app-configuration",
	"Azure.Storage.", "Azure.Data.Tables", "Microsoft.Azure.Cosmos", "Azure.Messaging.ServiceBus",
	"Azure.Messaging.EventHubs", "Azure.Security.KeyVault", "Azure.Data.AppConfiguration",
	"com.azure.storage.", "com.azure.data.tables", "com.azure.cosmos", "com.azure.messaging.servicebus",
	"com.azure.messaging.eventhubs", "com.azure.security.keyvault", "com.azure.data.appconfiguration",
	"github.com/Azure/azure-sdk-for-go/sdk/storage/", "github.com/Azure/azure-sdk-for-go/sdk/data/aztables",
	"github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos", "github.com/Azure/azure-sdk-for-go/sdk/messaging/",
	"github.com/Azure/azure-sdk-for-go/sdk/security/keyvault/",
}

// IsNonAIModule reports whether an import path belongs to the Azure SDK of a service that is
// not an AI service (see nonAIModules): a key handed to its calls is that service's.
func IsNonAIModule(path string) bool {
	for _, m := range nonAIModules {
		if strings.HasPrefix(path, m) {
			return true
		}
	}
	return false
}

// NamesNonAIHost reports text naming an Azure service's host that is not an AI one: Azure Maps
// (atlas.microsoft.com, whose REST API takes subscription-key in the query), Storage, Cosmos DB,
// Service Bus, Key Vault.
func NamesNonAIHost(s string) bool {
	for _, h := range []string{"atlas.microsoft.com", ".core.windows.net", ".documents.azure.com", ".servicebus.windows.net", ".vault.azure.net"} {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// IsAzureHost reports whether a URL or host string points at an Azure AI endpoint, or at the
// Azure v1 OpenAI-compatible path.
func IsAzureHost(s string) bool {
	return strings.Contains(s, ".openai.azure.com") || strings.Contains(s, ".cognitiveservices.azure.com") ||
		strings.Contains(s, ".services.ai.azure.com") || strings.Contains(s, ".azure-api.net") ||
		strings.Contains(s, ".cognitiveservices.azure.us") || strings.Contains(s, ".openai.azure.us") ||
		strings.HasSuffix(strings.TrimRight(s, "/"), "/openai/v1") && AzureV1Path(s)
}

// AzureDeploymentPath reports whether s holds Azure OpenAI's deployment path,
// openai/deployments/, on whatever host: `${AOAI_BASE_PATH}openai/deployments/${name}` is an
// Azure OpenAI URL though its host comes from a variable. No other service uses the path.
func AzureDeploymentPath(s string) bool {
	return strings.Contains(s, "openai/deployments/") || strings.Contains(s, "/openai/deployments")
}

// AIServicePath reports a REST path only an Azure AI service serves, whatever the host (one a
// template or a variable fills in): Language's /language/:analyze-text, Content Safety's
// /contentsafety/, Document Intelligence's /documentintelligence/ and /formrecognizer/, Azure
// OpenAI's deployments.
func AIServicePath(s string) bool {
	s = strings.ToLower(s)
	for _, p := range []string{"language/:analyze-", "/contentsafety/", "/documentintelligence/", "/formrecognizer/", "/text/analytics/v3"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return AzureDeploymentPath(s)
}

// AzureV1Path reports whether s holds the Azure OpenAI v1 path, /openai/v1, on a URL whose host
// is not a known other provider's. Other providers serve OpenAI-compatible APIs under the same
// path on hosts of their own (Amazon Bedrock's https://bedrock-mantle.<region>.api.aws/openai/v1,
// Groq's https://api.groq.com/openai/v1): those are not Azure; a gateway's custom domain, a
// local proxy or a host from a variable may well be. Every occurrence counts, each with the host
// written in the same string or piece of one.
func AzureV1Path(s string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], "/openai/v1")
		if i < 0 {
			return false
		}
		i += off
		if !otherV1Host(hostBefore(s, i)) {
			return true
		}
		off = i + len("/openai/v1")
	}
}

// nonAzureV1Hosts serve OpenAI-compatible APIs under /openai/v1 (with OtherServiceHosts).
var nonAzureV1Hosts = []string{".api.aws", "amazonaws.com"}

func otherV1Host(host string) bool {
	host = strings.ToLower(host)
	for _, h := range append(nonAzureV1Hosts[:len(nonAzureV1Hosts):len(nonAzureV1Hosts)], OtherServiceHosts...) {
		if strings.Contains(host, h) {
			return true
		}
	}
	// The names reserved for examples and tests (RFC 2606): a test's stand-in for another
	// provider (openai-node's Bedrock tests use https://trusted.example/openai/v1).
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	for _, suffix := range []string{"example.com", "example.org", "example.net", ".example", ".test", ".invalid"} {
		if strings.HasSuffix(host, suffix) {
			return true
		}
	}
	return false
}

// hostBefore returns the host of the URL whose path starts at i: the text after "://" in the
// same token (back to a quote, blank or bracket), or, with no scheme in it (a piece of an
// f-string or template), the token's last segment before the path (".api.aws" of
// f"https://x.{region}.api.aws/openai/v1").
func hostBefore(s string, i int) string {
	tok := s[:i]
	if j := strings.LastIndexAny(tok, " \t\r\n\"'`(),;="); j >= 0 {
		tok = tok[j+1:]
	}
	if j := strings.LastIndex(tok, "://"); j >= 0 {
		tok = tok[j+3:]
		if k := strings.IndexByte(tok, '/'); k >= 0 {
			tok = tok[:k]
		}
		return tok
	}
	if j := strings.LastIndexByte(tok, '/'); j >= 0 {
		tok = tok[j+1:]
	}
	return tok
}

// IsKeyLikeName reports whether an identifier or setting name names a key: a word ending in
// "key" (api_key, apiKey, subscriptionKey, OPENAI_KEY) and nothing that says it is only about a
// key (key_id, key_name, keyvault_url, key_hash).
func IsKeyLikeName(name string) bool {
	words := Words(name)
	for i, w := range words {
		// AZURE_TEXT_KEY1, apiKey2: a numbered key (the service's first and second) is a key.
		if t := strings.TrimRight(w, "0123456789"); t != w && (t == "key" || strings.HasSuffix(t, "key")) {
			words[i] = t
		}
	}
	found := false
	for i, w := range words {
		if w == "endpoint" && i == len(words)-2 && words[i+1] == "key" {
			continue // AZURE_ENDPOINT_KEY, QnA Maker's EndpointKey: the key an endpoint takes
		}
		switch w {
		case "id", "ids", "name", "names", "path", "file", "url", "uri", "endpoint", "vault", "keyvault",
			"hash", "digest", "sha", "sha1", "sha256", "md5", "checksum", "fingerprint", "thumbprint",
			"length", "len", "size", "type", "version", "region", "location", "field", "header", "env",
			"var", "ref", "prefix", "pair", "pem", "ssh", "rsa", "gpg", "pgp", "cert":
			return false
		}
		if (w == "key" || w == "keys") && i+1 < len(words) && keyPropertyWords[words[i+1]] {
			return false // KeySource, key_usage, keyRotationPolicy: a setting about a key, not one
		}
		if (w == "key" || w == "keys") && i > 0 && fieldKeyWords[words[i-1]] && !(words[i-1] == "text" && i > 1 && textServices[words[i-2]]) {
			continue // content_key="content", memory_key="chat_history": a field's name
		}
		if w == "key" || (strings.HasSuffix(w, "key") && !notKeyWords[w]) || w == "keys" && i == len(words)-1 {
			found = true
		}
	}
	return found
}

// IsFieldKeyName reports a name IsKeyLikeName leaves out because its words name a record's
// field (text_key, content_key): in an Azure file, a key-format value under such a name
// (useState("<32 hex>") for the Text Analytics key) is still a key.
func IsFieldKeyName(name string) bool {
	words := Words(name)
	n := len(words)
	if n < 2 || words[n-1] != "key" {
		return false
	}
	switch w := words[n-2]; w {
	case "public", "pub", "instrumentation":
		return false
	default:
		return fieldKeyWords[w]
	}
}

// fieldKeyWords, before "key", name the key of a record's field, not a credential:
// content_key, text_key, metadata_key, memory_key, input_key, sort_key.
var fieldKeyWords = map[string]bool{
	"content": true, "text": true, "metadata": true, "meta": true, "vector": true, "embedding": true,
	"column": true, "input": true, "output": true, "memory": true, "page": true, "chunk": true,
	"title": true, "label": true, "result": true, "message": true, "sort": true, "lookup": true,
	"json": true, "dict": true, "map": true, "state": true, "row": true, "partition": true,
	// public_key, pub_key: half of a key pair, published by design. (NEXT_PUBLIC_AZURE_OPENAI_API_KEY
	// is an Azure key a Next.js app exposes to the browser.)
	"public": true, "pub": true,
	// APPLICATION_INSIGHTS_INSTRUMENTATION_KEY: a telemetry id, not a credential.
	"instrumentation": true,
}

// textServices, before "text key", name an Azure text API whose key it is: TranslatorTextKey,
// TEXT_ANALYTICS... (AZURE_TRANSLATOR_TEXT_KEY), not a record's text field.
var textServices = map[string]bool{"translator": true, "translation": true, "azure": true, "cognitive": true}

// keyPropertyWords, right after "key", name a property of a key (Storage's
// Encryption{KeySource: ...}, key_usage, key_rotation_policy), not the key.
var keyPropertyWords = map[string]bool{
	"source": true, "usage": true, "policy": true, "rotation": true, "expiry": true, "expiration": true,
	"algorithm": true, "permissions": true, "permission": true, "kind": true, "encoding": true, "bits": true,
}

var notKeyWords = map[string]bool{
	"hotkey": true, "monkey": true, "turkey": true, "whiskey": true, "jockey": true, "donkey": true,
	"hockey": true, "turnkey": true, "passkey": true, "primarykey": true, "foreignkey": true,
	"instrumentationkey": true, "sortkey": true, "partitionkey": true, "rowkey": true, "cachekey": true, "idempotencykey": true,
	"valkey": true, // the Redis fork: VALKEY_HOST, VALKEY_PORT
}

// Words splits an identifier into lower-case words at separators and case changes:
// "AZURE_OPENAI_API_KEY" -> azure openai api key; "apiKey" -> api key; "OpenAIKey" -> open ai key.
func Words(name string) []string {
	var words []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		isUpper := c >= 'A' && c <= 'Z'
		isAlnum := isUpper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		if !isAlnum {
			flush()
			continue
		}
		if isUpper && len(cur) > 0 {
			prev := cur[len(cur)-1]
			prevLower := prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9'
			nextLower := i+1 < len(name) && name[i+1] >= 'a' && name[i+1] <= 'z'
			if prevLower || (nextLower && prev >= 'A' && prev <= 'Z') {
				flush()
			}
		}
		cur = append(cur, c)
	}
	flush()
	return words
}

// IsAIKeyName refines the key-name globs for env reads: AZURE_KEY_VAULT_NAME matches AZURE*KEY*
// but names a vault, and AZURE_STORAGE_KEY is a key, but not one Entra ID for Azure AI replaces.
func IsAIKeyName(name string) bool {
	return IsKeyLikeName(name) && !NamesOtherService(name)
}

// NamesPlainSetting reports a setting name that says it holds something other than a
// secret: an endpoint, a deployment or model, a version, a region. Such a read can sit in the
// same settings object as the key without being it.
func NamesPlainSetting(name string) bool {
	if u := strings.ToUpper(name); strings.Contains(u, "PROJECT") && strings.Contains(u, "CONNECTION") {
		return true // an AI Foundry project's connection string: region, subscription, group, project
	}
	words := Words(name)
	// AZUREAI_ENDPOINT_KEY, RESOURCE_KEY: a key named for what it opens is a key; the words
	// that name metadata (KEY_REGION, KEY_VERSION) still say setting.
	keyLast := len(words) > 0 && words[len(words)-1] == "key"
	for _, w := range words {
		switch w {
		case "endpoint", "url", "uri", "base", "host", "domain", "deployment", "model", "engine", "resource", "instance", "port":
			if !keyLast {
				return true
			}
		case "version", "region", "location", "name", "id", "type", "path", "index", "container", "collection":
			return true
		}
	}
	return false
}

// NamesOtherService reports a setting name that says it belongs to a database, another
// cloud service or another AI vendor, or to a key that is not an API key (ssh, signing, jwt).
func NamesOtherService(name string) bool {
	words := Words(name)
	for i, w := range words {
		if w == "websearch" || w == "web" && i+1 < len(words) && words[i+1] == "search" {
			return true // WEB_SEARCH_API_KEY, webSearchApiKey: a web search API (Brave, Tavily, Google), not AI Search
		}
		switch w {
		case "storage", "blob", "cosmos", "cosmosdb", "redis", "servicebus", "eventhub", "sql", "postgres",
			"mongo", "mysql", "database", "db", "queue", "table", "ssh", "gpg", "signing", "encryption", "jwt", "symmetric", "session", "webhook", "maps",
			"cache":
			return true
		}
		if otherProviders[w] {
			return true
		}
		if w == "account" && i+1 < len(words) && words[i+1] == "key" && !namesAIService(words) {
			return true // AZURE_ACCOUNT_KEY, accountKey: Storage's name for its shared key
		}
	}
	return false
}

// aiServiceWords name an Azure AI service in a setting's name (AZURE_OPENAI_ACCOUNT_KEY,
// COGNITIVE_ACCOUNT_KEY): its account key is an AI key.
var aiServiceWords = map[string]bool{
	"openai": true, "aoai": true, "ai": true, "cognitive": true, "cogsvc": true, "speech": true,
	"vision": true, "translator": true, "language": true, "search": true, "foundry": true, "face": true,
}

func namesAIService(words []string) bool {
	for _, w := range words {
		if aiServiceWords[w] {
			return true
		}
	}
	return false
}

// NamesOtherProvider reports a client or setting named for another vendor's service
// (GoogleImageModel, KaitoChatClient, provider.NewAnthropic), as opposed to a kind of data
// (a session, a table): such a client sends its keys to that vendor.
func NamesOtherProvider(name string) bool {
	words := Words(name)
	// A vendor's name in a key's name written in camel case is two words: openRouterApiKey,
	// deepSeekKey. (Only in a key's name: LiteLLM pointed at an Azure endpoint is a client.)
	joined := IsKeyLikeName(name)
	for i, w := range words {
		if otherProviders[w] || joined && i+1 < len(words) && otherProviders[w+words[i+1]] {
			return true
		}
	}
	return false
}

// otherProviders are vendors whose keys are their own.
var otherProviders = map[string]bool{
	"github": true, "gh": true, "stripe": true, "twilio": true, "sendgrid": true, "google": true, "gemini": true,
	"anthropic": true, "claude": true, "groq": true, "mistral": true, "deepseek": true, "cohere": true,
	"huggingface": true, "hf": true, "aws": true, "bedrock": true, "vertex": true, "pinecone": true,
	"langsmith": true, "tavily": true, "serpapi": true, "exa": true, "brave": true, "serper": true, "searxng": true,
	// Gateways and hosts of other providers' models.
	"litellm": true, "openrouter": true, "perplexity": true, "fireworks": true, "replicate": true, "voyage": true,
	"jina": true, "ollama": true, "xai": true, "deepinfra": true, "fal": true,
	// Self-hosted model servers (KAITO on AKS, vLLM, LM Studio): their own bearer keys.
	"kaito": true, "vllm": true, "lmstudio": true,
	// Other speech services.
	"elevenlabs": true, "deepgram": true, "assemblyai": true,
	// Observability, auth, data and messaging SaaS whose keys sit beside the AI settings.
	"langfuse": true, "supabase": true, "sentry": true, "posthog": true, "datadog": true, "newrelic": true,
	"mixpanel": true, "clerk": true, "auth0": true, "firebase": true, "resend": true, "mailgun": true,
	"algolia": true, "qdrant": true, "weaviate": true, "upstash": true,
}
