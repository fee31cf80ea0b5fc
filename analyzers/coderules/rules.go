package coderules

import (
	"slices"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/fixes"
	"github.com/keylint/keylint/syntax"
)

// Names below are compared after Norm: api_key, apiKey and ApiKey are one name.

// keyParams are the arguments and properties that carry an API key across openai, langchain,
// llama-index, semantic-kernel, autogen, LangChain.js, LangChain4j, Spring AI and the Azure AI
// SDK wrappers.
var keyParams = normSet("api_key", "openai_api_key", "azure_openai_api_key", "azure_search_key",
	"subscription_key", "azureOpenAIApiKey", "openAIApiKey")

// azureSDKKeyParams carry a key only on an Azure SDK class, where the name is generic:
// AIServicesAccountKey(key=...), SpeechConfig(subscription=...).
var azureSDKKeyParams = normSet("key", "subscription", "authentication_key", "admin_key")

// credentialParams are every way to give those clients a credential; KL107 fires when none is
// passed.
var credentialParams = normSet("api_key", "openai_api_key", "azure_openai_api_key",
	"azure_ad_token", "azure_ad_token_provider", "azure_ad_async_token_provider", "ad_token",
	"ad_token_provider", "use_azure_ad", "credential", "credentials", "token_credential",
	"azure_credential", "azureOpenAIApiKey", "azureADTokenProvider", "tokenCredential")

// credentialObjectParams take a credential object, not a key.
var credentialObjectParams = normSet("credential", "credentials", "token_credential", "azure_credential", "tokenCredential", "keyCredential")

// EnvFallbackClients are the Python and JavaScript clients that silently read
// AZURE_OPENAI_API_KEY when given no credential (KL107). Language checkers set
// Call.EnvFallback from it, or from what they know (C#'s AzureOpenAIClient).
var EnvFallbackClients = map[string]bool{
	"AzureOpenAI": true, "AsyncAzureOpenAI": true, // openai (Python, JS), llama-index
	"AzureChatOpenAI": true, "AzureOpenAIEmbeddings": true, // langchain (Python, JS)
	"AzureChatCompletion": true, "AzureTextCompletion": true, "AzureTextEmbedding": true, // semantic-kernel
	"AzureOpenAIEmbedding":            true, // llama-index embeddings
	"AzureOpenAIChatCompletionClient": true, // autogen-ext
}

// openAICompatibleClients talk to Azure only when their base URL is an Azure endpoint (the v1
// API: OpenAI(base_url="https://x.openai.azure.com/openai/v1/", ...)).
var openAICompatibleClients = map[string]bool{
	"OpenAI": true, "AsyncOpenAI": true, "ChatOpenAI": true, "OpenAIEmbeddings": true,
	"OpenAIClient": true, "ChatClient": true, "OpenAIOkHttpClient": true, "OpenAIOkHttpClientAsync": true,
}

// endpointParams name where a client is pointed; an Azure value makes the call an Azure one.
var endpointParams = normSet("base_url", "baseURL", "openai_api_base", "api_base", "azure_endpoint",
	"endpoint", "azureOpenAIEndpoint", "azureOpenAIBasePath", "basePath")

// opaqueParams may carry auth of their own (headers, a preconfigured client).
var opaqueParams = normSet("default_headers", "defaultHeaders", "http_client", "httpClient", "fetch")

// keyCredentialTypes wrap a key for a client. AzureKeyCredential is always Azure; the others
// only when given to an Azure client.
var keyCredentialTypes = map[string]bool{"AzureKeyCredential": true, "ApiKeyCredential": true, "KeyCredential": true}

func normSet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[Norm(n)] = true
	}
	return m
}

// IsAzureClientName reports an Azure OpenAI / Azure AI client or builder: any Azure* class
// (AzureOpenAI, AzureChatOpenAI, AzureOpenAIClient, AzureOpenAiChatModel, AzureSearch, ...).
func IsAzureClientName(name string) bool {
	if !strings.HasPrefix(strings.TrimPrefix(name, "Async"), "Azure") {
		return false
	}
	return !OwnTypeName(name)
}

// notAIService reports an Azure service client or credential that is not an AI one: its keys
// are not the ones Entra ID for Azure AI replaces. The callee's package says so where the
// checker knows it (azure.storage.blob, @azure/cosmos); else its name, in either case style
// (StorageSharedKeyCredential, generate_blob_sas, this.buildSharedKeyCredential(cs)).
func notAIService(c *Call) bool {
	if c.NotAI {
		return true
	}
	for _, w := range []string{"Storage", "Blob", "Queue", "NamedKey", "SharedKey", "Sas", "SAS", "DataLake", "Cosmos", "ServiceBus", "EventHub", "KeyVault", "SecretClient", "Sql", "Redis", "Table"} {
		if strings.Contains(c.Name, w) {
			return true
		}
	}
	for _, w := range azurectx.Words(c.Name) {
		switch w {
		case "storage", "blob", "queue", "sas", "datalake", "cosmos", "eventhub", "keyvault", "sql", "redis", "table":
			return true
		}
	}
	return false
}

// OwnTypeName reports a type named like a program's own settings holder (AzureOpenAiContext,
// AppSettings, AzureSecrets, ConfigInfo): not an SDK client, whatever its prefix.
func OwnTypeName(name string) bool {
	for _, own := range []string{"Context", "Settings", "Secrets", "Info", "Dto", "DTO"} {
		if strings.HasSuffix(name, own) {
			return true
		}
	}
	return false
}

// isAzure reports an Azure client: an Azure* name, a factory or method naming Azure anywhere
// (CreateAzureOpenAIClient, ForAzureOpenAI), or a callee from an Azure SDK package.
func isAzure(c *Call) bool {
	return c.Azure || IsAzureClientName(c.Name) || namesAzure(c.Name) && !OwnTypeName(c.Name)
}

// namesAzure reports a call whose name says it reaches Azure (createAzureOpenAIClient,
// ForAzureOpenAI), which a function checking or keeping settings does not.
func namesAzure(name string) bool {
	return strings.Contains(name, "Azure") && !checksOrStores(name)
}

// checksOrStores reports a function named for checking, keeping or using what it is given
// (validateAzureConfig, setAzureCreds, isAzureConfigured, callBuildingAzureAI(key, prompt)):
// naming Azure, it still builds no client; where it is the program's own, its body is where the
// key reaches one. A factory's verbs (create, get, build, make, add, use, with) are not these.
func checksOrStores(name string) bool {
	words := azurectx.Words(name)
	return len(words) > 1 && actionVerbs[words[0]]
}

var actionVerbs = map[string]bool{
	"validate": true, "verify": true, "check": true, "is": true, "has": true, "set": true,
	"save": true, "store": true, "persist": true, "clear": true, "remove": true, "delete": true,
	"update": true, "patch": true,
	"mask": true, "format": true, "print": true, "log": true, "sanitize": true, "redact": true,
	// Requests made with the key: the call is the program's, the client inside it.
	"call": true, "send": true, "ask": true, "query": true, "generate": true, "translate": true,
	"analyze": true, "analyse": true, "summarize": true, "transcribe": true, "synthesize": true,
	"speak": true, "detect": true, "extract": true, "classify": true, "invoke": true, "run": true,
	"test": true,
}

// IsKeyHeader reports the api-key and Ocp-Apim-Subscription-Key headers, in any case. (Not
// normalised like parameter names: api_key is a parameter, api-key a header.)
func IsKeyHeader(name string) bool {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "api-key", "ocp-apim-subscription-key":
		return true
	}
	return false
}

// HeaderSetterName reports a method named for adding or setting a header, whatever the
// library: RestSharp's AddHeader, AddDefaultHeader, WithHeader, setRequestHeader, header. Reads
// (GetHeader, HasHeader) and removals are not.
func HeaderSetterName(method string) bool {
	words := azurectx.Words(method)
	if len(words) == 0 {
		return false
	}
	named := false
	for _, w := range words {
		named = named || w == "header" || w == "headers"
	}
	switch words[0] {
	case "add", "set", "put", "append", "with", "try", "header", "insert":
		return named
	}
	return false
}

// IsOtherKeyHeader reports a header named like a key that is not Azure's (x-api-key,
// x-goog-api-key): a header name has a hyphen, a setting's name does not.
func IsOtherKeyHeader(name string) bool {
	return strings.Contains(name, "-") && !IsKeyHeader(name) && azurectx.IsKeyLikeName(name)
}

// IsAuthorizationHeader reports the Authorization header: it carries a bearer token (or a
// service's own scheme), never an Azure AI key, whatever its value is named.
func IsAuthorizationHeader(name string) bool {
	return strings.EqualFold(strings.TrimSpace(name), "Authorization")
}

// Rules applies the code rules to one file's facts. Language checkers may call its helpers for
// rules of their own (KL103) before Run.
type Rules struct {
	pass     *check.Pass
	f        *Facts
	reported map[siteKey]bool
	claimed  map[*syntax.Node]bool // env reads covered by a finding on their line
	flowing  map[*syntax.Node]bool // env reads whose value reaches a key finding
	toClient map[*syntax.Node]bool // env reads whose value reaches a key credential or client (KL101, KL102)
	reads    map[*syntax.Node]bool
	callAt   map[*syntax.Node]*Call
	lines    []int
	noFix    map[*keylint.Finding]bool // findings whose service has no keyless rewrite (serviceOf)
	keyFixes []keyFix                  // the rewrites made, by the key value they replaced
	toEntra  bool                      // a rewrite of this file brings in DefaultAzureCredential
	// literalAt indexes Facts.Literals by node, built on first use.
	literalAt map[*syntax.Node]*Literal
	// scopes memoizes scoped by name and the nearest enclosing function (LocalScope walks
	// the function: once per variable and scope, not once per use).
	scopes map[scopeKey]scopeOf
	// funcDefs maps the file's own function names to their one definition (nil when there
	// are several), built on first use.
	funcDefs map[string]*syntax.Node
	// readName maps env-read nodes to the setting they read, built on first use.
	readName map[*syntax.Node]string
	// targets memoizes headerTarget by header name and the settings its value reads.
	targets map[string]azurectx.HeaderTarget
	// valueOf indexes Facts.Assigns by value node (holdersOf), built on first use.
	valueOf map[*syntax.Node][]string
	// passedWhole are the values given whole, by position, to calls that may be clients
	// (passedToClient), built on first use.
	passedWhole map[string]bool
	// entriesAt indexes Facts.Configs by their object or dict literal (visitMember), built on
	// first use.
	entriesAt map[*syntax.Node][]Entry
}

// Dismiss records that a possible key use at site is not a finding, and why.
func (r *Rules) Dismiss(site *syntax.Node, why string) {
	if site != nil {
		r.pass.Dismiss(keylint.Span{Start: site.Start, End: site.End}, why)
	}
}

type siteKey struct {
	rule       string
	start, end int
}

// New prepares the rules for a file.
func New(p *check.Pass, f *Facts) *Rules {
	for _, c := range f.Calls {
		if strings.Contains(c.Name, "Azure") {
			f.Azure = true // createAzure, ForAzureOpenAI, CreateAzureOpenAIClient, AddAzureOpenAI...
			break
		}
	}
	p.Azure = p.Azure || f.Azure
	r := &Rules{pass: p, f: f, reported: map[siteKey]bool{}, claimed: map[*syntax.Node]bool{},
		flowing: map[*syntax.Node]bool{}, toClient: map[*syntax.Node]bool{}, reads: map[*syntax.Node]bool{}, callAt: map[*syntax.Node]*Call{}, noFix: map[*keylint.Finding]bool{}}
	for _, e := range f.EnvReads {
		r.reads[e.Node] = true
	}
	for _, c := range f.Calls {
		r.callAt[c.Node] = c
	}
	r.lines = append(r.lines, 0)
	for i, c := range p.Src {
		if c == '\n' {
			r.lines = append(r.lines, i+1)
		}
	}
	return r
}

// Run reports KL101, KL102, KL104-KL107. Environment reads come last, so every finding that
// covers or receives a read is known by then.
func (r *Rules) Run() {
	for _, w := range r.f.EnvWrites {
		r.Dismiss(w, DismissEnvWrite) // first, so that it is the outcome of the name's hit
	}
	for _, c := range r.f.Calls {
		r.call(c)
	}
	for _, entries := range r.f.Configs {
		r.config(entries)
	}
	for _, h := range r.f.Headers {
		r.header(h)
	}
	r.literals()
	r.envReads()
	r.recordClients()
}

// Report records a finding once per rule and site; it returns nil for a repeat.
func (r *Rules) Report(rule string, site *syntax.Node, msg string) *keylint.Finding {
	return r.reportAt(rule, site, keylint.Span{Start: site.Start, End: site.End}, msg)
}

// reportAt is Report with the finding's span given: once per rule and site still.
func (r *Rules) reportAt(rule string, site *syntax.Node, span keylint.Span, msg string) *keylint.Finding {
	k := siteKey{rule, site.Start, site.End}
	if r.reported[k] {
		return nil
	}
	r.reported[k] = true
	return r.pass.Reportf(rule, span, msg)
}

func (r *Rules) call(c *Call) {
	switch {
	case c.Setter:
		for _, a := range c.Args {
			r.Dismiss(a.Site, DismissNotAClient) // setSpeechKey(value): a UI state, not a client
		}
	case IsEntraCredentialName(c.Name):
		// ClientSecretCredential(tenant, id, secret), get_bearer_token_provider(credential,
		// scope): Entra ID, the keyless path.
		for _, a := range c.Args {
			r.Dismiss(a.Site, DismissTokenProvider)
		}
	case notAIService(c):
		// BlobServiceClient, StorageSharedKeyCredential, CosmosClient, SecretClient: Azure, not AI.
		for _, a := range c.Args {
			r.Dismiss(a.Site, DismissNotAIKey)
		}
	case !isAzure(c) && NotASink(c.Name) != "" && r.pointedAtAzure(c):
		// useState({ apiKey, endpoint }), console.log(config): holding or printing a key is not
		// authenticating with it, wherever the object points.
		why := NotASink(c.Name)
		for _, a := range c.Args {
			r.Dismiss(a.Site, why)
		}
	case !c.Azure && !strings.Contains(c.Name, "Azure") && azurectx.NamesOtherProvider(c.Name) && !azurectx.IsAzureHost(c.Node.Text()):
		// KaitoChatClient(endpoint=e, api_key=k), GeminiClient(k) in a file that also calls
		// Azure: that service's client takes that service's key, unless the call itself names
		// an Azure host (createAnthropic({ baseURL: `https://${r}.services.ai.azure.com/anthropic/v1/` })).
		for _, a := range c.Args {
			r.Dismiss(a.Site, DismissNonAzure)
		}
	case (r.f.LocalTypes[c.Name] || OwnTypeName(c.Name) && !c.Azure) && !keyCredentialTypes[c.Name]:
		// The program's own type (a settings class, a wrapper): the key it holds is reported
		// where it reaches the real client, if in this file.
		for _, a := range c.Args {
			r.Dismiss(a.Site, DismissOwnType)
		}
		if len(c.Args) == 0 {
			r.Dismiss(c.Node, DismissOwnType) // new ApiKeyServiceClientCredentials() of the program
		}
	case keyCredentialTypes[c.Name] || IsKeyCredentialName(c.Name) && (strings.Contains(c.Name, "Azure") || c.Azure):
		// AzureKeyCredential, AzureApiKeyCredential.create, @azure/ms-rest-js's ApiKeyCredentials
		r.keyCredential(c)
	case c.OwnProven || r.f.Funcs[c.Name] && !c.Azure && !IsAzureClientName(c.Name) && namesAzure(c.Name):
		// Own code named for Azure: new AzureOpenAIService(key, endpoint) of the program's own
		// C# namespace, or normalizeAzure({ apiKey }) defined in this file. Its body is where
		// the key reaches a client, if it does.
		r.ownCall(c)
	case isAzure(c):
		r.client(c, c.EnvFallback)
	case r.f.Funcs[c.Name] && !c.Azure:
		// validateConfig({ azureApiKey, azureEndpoint }) defined in this file: its body, which
		// this file shows, is where the key reaches a client, wherever the options point.
		r.ownCall(c)
	case c.Own && !c.Azure && !r.f.Funcs[c.Name] && !namesAzure(c.Name):
		// new WebSearchTool({ apiKey }), configured(endpoint, key), saveSettings({ endpoint,
		// key }) from "./lib": the program's own code, whose body (in its own file) is where
		// the key reaches a client, wherever the options point. An imported name with Azure in
		// it may be an SDK's own client in its tests (createAzure from
		// "./azure-openai-provider"), or a wrapper that is one: those count.
		r.ownCall(c)
	case r.pointedAtAzure(c) && (SinkShaped(c.Name, r.constructor(c)) || openAICompatibleClients[c.Name]):
		// Any call configured with an Azure endpoint is talking to Azure (the v1 API's
		// OpenAI(base_url=...openai.azure.com/openai/v1/), openai-java's baseUrl, ...).
		r.client(c, false)
	case openAICompatibleClients[c.Name] || strings.HasPrefix(c.Name, "AddOpenAI"):
		// An openai.com client needs its key; a read written into it is not an Azure key,
		// unless its name says it is (AZURE_OPENAI_API_KEY given as an openai.com orgId).
		for _, a := range c.Args {
			if keyParams[Norm(a.Name)] && (r.namedAzureKey(a.Value) || r.f.Azure && r.sendsAsAPIKeyHeader(c, a.Value)) {
				// new OpenAI({ apiKey: AZURE_OPENAI_API_KEY, baseURL: url }): the key says by its
				// own name that it is Azure's, wherever the URL (a proxy, a loop over endpoints)
				// points. (A plain apiKey that holds an Azure key on another branch does not.)
				r.KeyValue(a.Site, a.Value, c.Name)
				continue
			}
			r.Dismiss(a.Site, DismissOpenAICom)
			r.visitReads(a.Value, newTrace(), func(read *syntax.Node, direct bool) {
				if direct && !strings.Contains(strings.ToUpper(r.readNameOf(read)), "AZURE") {
					r.claimed[read] = true
				}
			})
		}
	default:
		r.genericSink(c)
	}
}

// sendsAsAPIKeyHeader reports a client that also sends key v in an api-key header
// (defaultHeaders: { "api-key": v }): Azure OpenAI's header, so the key is Azure's, whatever
// helper builds the base URL.
func (r *Rules) sendsAsAPIKeyHeader(c *Call, v *syntax.Node) bool {
	if v == nil {
		return false
	}
	desc := c.Node.Descendants()
	for i := range desc {
		p := &desc[i]
		if p.Kind != "pair" {
			continue
		}
		k, val := p.ChildByField("key"), p.ChildByField("value")
		if name, ok := r.f.Syntax.StringValue(k); ok && strings.EqualFold(name, "api-key") && val != nil && val.Text() == v.Text() {
			return true
		}
	}
	return false
}

// namedAzureKey reports a value whose own name says it is an Azure AI key: a variable, field or
// constant named so (AZURE_OPENAI_API_KEY, azureOpenAIKey), or a read of a setting named so.
func (r *Rules) namedAzureKey(v *syntax.Node) bool {
	if v == nil {
		return false
	}
	if name := r.readNameOf(v); name != "" {
		return NameStrength(name, false) == azureKey
	}
	return r.f.Syntax.IsVariable(v) && NameStrength(lastName(v.Text()), false) == azureKey
}

// keyCredential reports a key wrapped in a credential (KL101). AzureKeyCredential is Azure by
// name; ApiKeyCredential and KeyCredential only when an Azure client (or builder) receives
// them, or, held in a variable, in a file that talks to Azure.
func (r *Rules) keyCredential(c *Call) {
	var v *syntax.Node
	if len(c.Args) > 0 {
		v = c.Args[0].Value
	}
	if len(c.Args) == 0 {
		r.Dismiss(c.Node, DismissNoValue)
		return
	}
	if r.NotAKey(v) {
		r.Dismiss(c.Node, DismissNoValue)
		return
	}
	svc := r.serviceOf(c.Node, v)
	if svc == otherService {
		r.Dismiss(c.Node, DismissNonAzure) // a GitHub or Hugging Face token in an Azure SDK credential
		return
	}
	if c.Name == "KeyCredential" {
		// azure-ai-openai's OpenAIClientBuilder given a KeyCredential and no Azure endpoint is
		// the client for openai.com.
		if outer := r.enclosingCall(c.Node); outer != nil && strings.Contains(outer.Name, "OpenAI") && !IsAzureClientName(outer.Name) && !r.pointedAtAzure(outer) {
			r.Dismiss(c.Node, DismissNotAzure)
			return
		}
	}
	if !strings.Contains(c.Name, "Azure") && !c.Azure {
		// new ApiKeyCredential(config["AZURE_OPENAI_API_KEY"]) says whose key it is even when
		// the client it goes to (OpenAI's ImageClient at an Azure /openai/v1/ endpoint) does not.
		outer := r.enclosingCall(c.Node)
		if outer != nil && !isAzure(outer) && !r.pointedAtAzure(outer) && r.strength(v, newTrace(), true) != azureKey {
			r.Dismiss(c.Node, DismissNotAzure)
			return
		}
		if outer == nil && !r.f.Azure {
			r.Dismiss(c.Node, DismissNotAzureFile)
			return
		}
	}
	if r.madeUpInTest(v) {
		r.Dismiss(c.Node, DismissTestFixture)
		return
	}
	if fd := r.Report("KL101", c.Node, c.Name+" built from an API key"); fd != nil {
		r.claimClientReads(c.Node, v)
		r.valueSecrets(fd, v, c.Name)
		if rw := r.f.Rewriter; rw != nil && svc == azureService {
			edits, msg := rw.KeyCredential(c)
			key := v
			for _, h := range r.f.Headers {
				if IsKeyHeader(h.Name) && h.Value != nil && v.Start <= h.Site.Start && h.Site.End <= v.End {
					key = h.Value // ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": key } })
				}
			}
			r.attachFix(fd, edits, msg, key)
		}
	}
}

// enclosingCall is the nearest call whose arguments include n.
func (r *Rules) enclosingCall(n *syntax.Node) *Call {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if c := r.callAt[p]; c != nil {
			return c
		}
	}
	return nil
}

// client reports key arguments (KL102) and, for clients that fall back to an environment key,
// a missing credential (KL107).
func (r *Rules) client(c *Call, envFallback bool) {
	hasCredential, opaque := false, c.Opaque
	keyAt := speechKeyIndex(c)
	for i, a := range c.Args {
		n := Norm(a.Name)
		if a.Name != "" && envMapName(a.Name) && !c.Azure {
			// createMockEnv({ AZURE_API_KEY: k, AZURE_ENDPOINT: "https://x.openai.azure.com" }):
			// settings keyed by their environment names (a test's environment, a container's),
			// which no SDK takes as options; a read in it is reported as the read.
			r.Dismiss(a.Site, DismissOwnType)
			continue
		}
		if delegationKey(a.Name) {
			r.Dismiss(a.Site, DismissNotAIKey)
			continue
		}
		if credentialParams[n] {
			hasCredential = true
		}
		if opaqueParams[n] || strings.HasSuffix(n, "client") {
			opaque = true
		}
		if a.Name == "" && a.Value != nil && (a.Value.Kind == "call" || a.Value.Kind == "call_expression") {
			// AzureOpenAIEmbeddings(AzureOpenAIEmbeddingsOptions(azure_api_key=k)) of Teams AI,
			// new AzureOpenAI(options()): options built by a call, which may carry the
			// credential; the SDKs that fall back to the environment take keywords or a literal.
			opaque = true
		}
		if keyParams[n] || c.Azure && azureSDKKeyParams[n] {
			if fd := r.KeyValue(a.Site, a.Value, c.Name); fd != nil && r.f.Rewriter != nil {
				if a.Held {
					r.configFix(fd, Entry{Key: a.Name, Value: a.Value, Site: a.Site})
				} else {
					edits, msg := r.f.Rewriter.KeyArg(c, a)
					r.attachFix(fd, edits, msg, a.Value)
				}
			}
		} else if i == keyAt && a.Name == "" && !r.credentialObject(a.Value) && !r.IsTokenProvider(a.Value) && !tokenCredentialText(a.Value.Text()) {
			// SpeechConfig.fromSubscription(settings.key, region), fromSubscription("key", ...):
			// the Speech SDK's key place; a placeholder there is key auth once filled in.
			// (fromEndpoint(uri, new DefaultAzureCredential()) is the keyless overload.)
			r.KeyValue(a.Site, a.Value, c.Name)
		} else if a.Name == "" && r.positionalKey(c, a.Value) && !r.IsTokenProvider(a.Value) && !r.credentialObject(a.Value) {
			// A key given by position: AzureOpenAIConfig(endpoint, deployment, azureKey),
			// WithAzureOpenAITextEmbeddingGeneration(deployment, endpoint, config.ApiKey).
			if r.KeyValue(a.Site, a.Value, c.Name) != nil {
				hasCredential = true
			}
		} else if a.Name != "" && IsKeyParam(a.Name) && azurectx.IsAIKeyName(a.Name) && !credentialParams[n] {
			// Any key-named argument of an Azure client: MistralAzure(azure_api_key=k); but
			// SearchKey = new AzureKeyCredential(k) is the credential's KL101 alone.
			if r.keyCredentialValue(a.Value) {
				r.Dismiss(a.Site, DismissCredentialObject)
				continue
			}
			if r.KeyValue(a.Site, a.Value, c.Name) != nil {
				// AzureChatOpenAI({ azureApiKey: k }): a key given, under a name the SDK may
				// not know; the finding is the key's, not a missing credential's (KL107).
				hasCredential = true
			}
		} else if a.Name == "" && r.keyStrength(a.Value) == genericKey {
			// setupSyncClient(endpoint, version, apiKey) of InternalAzureOpenAiHelper: a helper
			// named for Azure, not an SDK; the key is reported where it reaches one. Either
			// way a key is given (semantic-kernel 0.x's AzureTextCompletion(deployment,
			// endpoint, api_key)): no missing credential (KL107).
			r.Dismiss(a.Site, DismissHelper)
			hasCredential = true
		} else if credentialObjectParams[n] || a.Name == "" && r.credentialObject(a.Value) {
			// .credential(keyCredential): an object built elsewhere, KL101 where it is built.
			r.Dismiss(a.Site, DismissCredentialObject)
		} else if a.Name != "" && IsKeyParam(a.Name) && !credentialParams[n] {
			r.Dismiss(a.Site, DismissNotAIKey) // anthropic_api_key beside the Azure options
		} else if a.Name != "" && !IsKeyParam(a.Name) && r.keyStrength(a.Value) >= genericKey {
			r.Dismiss(a.Site, DismissNotKeyParam) // serviceId: AzureOpenAIServiceKey
		} else if a.Name == "" && r.keyStrength(a.Value) == otherKey {
			r.Dismiss(a.Site, DismissNotAIKey) // addAzureModel(user, pineconeKey): another service's key
		}
	}
	// A function of this file named like the client (a compiled class) is not the SDK's.
	if envFallback && !hasCredential && !opaque && !(c.Own && !c.Azure && r.f.Funcs[c.Name]) {
		fd := r.Report("KL107", c.Node, c.Name+" built without a credential: the SDK falls back to the AZURE_OPENAI_API_KEY environment variable")
		if fd != nil && r.f.Rewriter != nil {
			edits, msg := r.f.Rewriter.AddCredential(c)
			r.attachFix(fd, edits, msg, nil)
		}
	}
}

// speechKeyIndex is where the Speech SDK's static factories take the key, in every language:
// fromSubscription(key, region), fromEndpoint(uri, key), fromHost(uri, key); -1 for other calls.
func speechKeyIndex(c *Call) int {
	if !c.Azure {
		return -1
	}
	switch strings.ToLower(lastName(c.Name)) {
	case "fromsubscription":
		return 0
	case "fromendpoint", "fromhost":
		if len(c.Args) >= 2 {
			return 1
		}
	}
	return -1
}

// tokenCredentialText reports an expression that builds or names a token credential:
// new DefaultAzureCredential(), new DefaultAzureCredentialBuilder().build(), tokenCredential.
func tokenCredentialText(t string) bool {
	return strings.Contains(t, "Credential") && !strings.Contains(t, "KeyCredential")
}

// KeyValue reports one key handed to a client (KL102) unless the value is no key at all (null,
// a placeholder) or a token provider (openai >= 1 accepts a callable as api_key). It returns
// the finding, or nil.
func (r *Rules) KeyValue(site, value *syntax.Node, client string) *keylint.Finding {
	switch {
	case value == nil || r.NotAKey(value):
		r.Dismiss(site, DismissNoValue)
		return nil
	case r.IsTokenProvider(value):
		r.Dismiss(site, DismissTokenProvider)
		return nil
	}
	if r.madeUpInTest(value) {
		r.Dismiss(site, DismissTestFixture)
		return nil
	}
	svc := r.serviceOf(site, value)
	if svc == otherService {
		r.Dismiss(site, DismissNonAzure) // a GitHub or Hugging Face token
		return nil
	}
	fd := r.Report("KL102", site, "API key passed to "+client)
	if fd != nil {
		r.claimClientReads(site, value)
		r.valueSecrets(fd, value, client)
		if svc != azureService {
			r.noFix[fd] = true
		}
	}
	return fd
}

// keyCredentialValue reports a value that builds a key credential (new AzureKeyCredential(k)):
// it is reported as KL101 where it is built, not again as the key of what receives it.
func (r *Rules) keyCredentialValue(v *syntax.Node) bool {
	if v == nil {
		return false
	}
	name := r.f.Syntax.CallName(v)
	return name != "" && (keyCredentialTypes[name] || IsKeyCredentialName(name))
}

// credentialObject reports a variable or member named for a credential (keyCredential,
// this.credential), or what a call named for one given nothing returns
// (this.getAzureKeyCredential()): an object built elsewhere, not a key; KL101 is where it is
// built from one.
func (r *Rules) credentialObject(v *syntax.Node) bool {
	if v == nil {
		return false
	}
	if c := r.callAt[v]; c != nil {
		// (new ApiKeyServiceClientCredentials() given nothing is a key credential with no key.)
		return len(c.Args) == 0 && !r.constructor(c) && strings.Contains(strings.ToLower(c.Name), "credential")
	}
	if !r.f.Syntax.IsVariable(v) {
		return false
	}
	if strings.Contains(strings.ToLower(lastName(v.Text())), "credential") {
		return true
	}
	// var apiKey = new AzureKeyCredential(k): named for the key, holding the credential (KL101
	// where it is built).
	vals, _, _ := r.scoped(v.Text(), v)
	for _, val := range vals {
		if !r.keyCredentialValue(val) {
			return false
		}
	}
	return len(vals) > 0
}

// pointedAtAzure reports a call with an endpoint argument that is an Azure one, or an Azure
// deployment argument.
func (r *Rules) pointedAtAzure(c *Call) bool {
	for _, a := range c.Args {
		if a.Nested {
			continue
		}
		n := Norm(a.Name)
		if n == "azuredeployment" || azureOption(a.Name) && a.Value != nil && !r.f.Syntax.IsNull(a.Value) {
			return true // azure_endpoint, azureOpenAIApiKey, azureOpenAIApiInstanceName
		}
		if endpointParams[n] && r.PointsAtAzure(a.Value) {
			return true
		}
		if a.Name == "" && r.optionsAtAzure(a.Value) {
			return true
		}
	}
	return false
}

// optionsAtAzure reports an options object given by position, built here or held in a variable,
// whose endpoint is an Azure one: new ChatClient(model, cred, options) after
// options = new OpenAIClientOptions { Endpoint = new Uri(azureEndpoint) }.
func (r *Rules) optionsAtAzure(v *syntax.Node) bool {
	if v == nil {
		return false
	}
	vals := []*syntax.Node{v}
	if r.f.Syntax.IsVariable(v) {
		vals = r.ValuesAt(v)
	}
	for _, val := range vals {
		o := r.callAt[val]
		if o == nil || !strings.HasSuffix(o.Name, "Options") {
			continue
		}
		for _, a := range o.Args {
			if endpointParams[Norm(a.Name)] && r.PointsAtAzure(a.Value) {
				return true
			}
		}
	}
	return false
}

// positionalKey reports a key given by position to an Azure client: an Azure AI key to any of
// them; a plain key name (config.ApiKey) to an SDK client or builder (c.Azure, Azure*,
// WithAzure*, AddAzure*), not to a program's own function that names Azure.
func (r *Rules) positionalKey(c *Call, v *syntax.Node) bool {
	sdk := c.Azure || IsAzureClientName(c.Name) || strings.HasPrefix(c.Name, "WithAzure") || strings.HasPrefix(c.Name, "AddAzure")
	switch r.keyStrength(v) {
	case azureKey:
		// A key-shaped literal says nothing of whose key it is: NewsApiClient("288e...") in a
		// file that also calls Azure is another service's.
		return sdk || !r.literal(v)
	case genericKey:
		return sdk
	}
	return false
}

// madeUpInTest reports a key value of a test file that is a literal in no key format
// ("test-key", "fake-api-key", "az", "stale"), written there or in a variable only ever assigned
// such literals: a fixture the test runs with, which no one fills in. Outside tests a placeholder
// stays a finding (the code authenticates with a key once someone fills it in); a real-looking
// key is KL106 wherever it is.
func (r *Rules) madeUpInTest(v *syntax.Node) bool {
	if v == nil || !fixes.IsTestFile(r.pass.Path) {
		return false
	}
	vals := []*syntax.Node{v}
	if _, ok := r.f.Syntax.StringValue(v); !ok {
		if !r.f.Syntax.IsVariable(v) {
			return false
		}
		vals = r.ValuesAt(v)
	}
	if len(vals) == 0 {
		return false
	}
	for _, val := range vals {
		// Any literal in no key format: "test-key", "az", "old" (a real-looking key in a test
		// is still KL106, and is no fixture here).
		s, ok := r.f.Syntax.StringValue(val)
		if !ok {
			return false
		}
		if _, real := keyformat.Classify(s); real {
			return false
		}
	}
	return true
}

// literal reports a string literal, or a variable whose name holds no Azure word and whose
// values are all literals.
func (r *Rules) literal(v *syntax.Node) bool {
	if _, ok := r.f.Syntax.StringValue(v); ok {
		return true
	}
	if !r.f.Syntax.IsVariable(v) || NameStrength(lastName(v.Text()), false) == azureKey {
		return false
	}
	vals := r.ValuesAt(v)
	for _, val := range vals {
		if _, ok := r.f.Syntax.StringValue(val); !ok {
			return false
		}
	}
	return len(vals) > 0
}

// azureOption reports an SDK option that points a client at Azure (azure_endpoint,
// azureOpenAIApiKey, azureADTokenProvider): lower camel or snake case, as SDK options are; a
// PascalCase AzureSearchKey is a program's own property.
func azureOption(name string) bool {
	n := Norm(name)
	return name != "" && name[0] >= 'a' && name[0] <= 'z' &&
		(strings.HasPrefix(n, "azureopenai") || strings.HasPrefix(n, "azuread") || n == "azureendpoint")
}

// config reports the key entry of a configuration that also says it is for Azure (autogen's
// config_list: {"api_type": "azure", "api_key": ...}).
func (r *Rules) config(entries []Entry) {
	if len(entries) == 0 {
		return
	}
	if r.settingNames(entries) {
		// {"api_key": "AZURE_OPENAI_API_KEY", "azure_endpoint": "AZURE_OPENAI_ENDPOINT"}: which
		// setting holds each option, names the program reads later; no value is a key.
		for _, e := range entries {
			if isKeyEntry(e) {
				r.Dismiss(e.Site, DismissString)
			}
		}
		return
	}
	// notAConfig scans the file for the holder's uses: only for objects with a key entry.
	if slices.ContainsFunc(entries, isKeyEntry) {
		if why := r.notAConfig(entries); why != "" {
			// Reads written into it are reads (KL105 by their names), not a client's key.
			for _, e := range entries {
				if isKeyEntry(e) {
					r.Dismiss(e.Site, why)
				}
			}
			return
		}
	}
	azure := false
	for _, e := range entries {
		if Norm(e.Key) == "type" {
			// Azure OpenAI On Your Data: "authentication": {"type": "api_key", "key": ...}
			if v, _ := r.f.Syntax.StringValue(e.Value); Norm(v) == "apikey" {
				for _, k := range entries {
					if Norm(k.Key) == "key" {
						r.branchFix(r.KeyValue(k.Site, k.Value, "an Azure OpenAI On Your Data data source"), k.Site, k.Value)
					}
				}
			}
		}
		switch Norm(e.Key) {
		case "apitype":
			v, _ := r.f.Syntax.StringValue(e.Value)
			azure = azure || strings.EqualFold(v, "azure")
		case "azureendpoint", "azuredeployment":
			azure = true
		case "baseurl", "endpoint", "apibase":
			azure = azure || r.PointsAtAzure(e.Value)
		}
		if v, ok := r.f.Syntax.StringValue(e.Value); ok && azurectx.IsAzureHost(v) {
			azure = true
		}
	}
	for _, e := range entries {
		switch {
		case e.Value != nil && isContainer(e.Value.Kind) && (azure && keyParams[Norm(e.Key)] || r.f.Azure && isAzureKeyOption(e.Key)):
			// ApiKey: { Title: "Azure Api Key", ... }: a group of settings (a locale's form
			// labels), never a key itself.
			r.Dismiss(e.Site, DismissNoValue)
		case (azure && keyParams[Norm(e.Key)] || r.f.Azure && isAzureKeyOption(e.Key)) && sentence(r.f.Syntax, e.Value):
			// { apiKey: 'API key from Azure portal (leave empty to use Azure CLI auth)' }: a
			// form's help text, built into no call.
			r.Dismiss(e.Site, DismissString)
		case (azure && keyParams[Norm(e.Key)] || r.f.Azure && isAzureKeyOption(e.Key)) && r.emptyString(e.Value):
			// DEFAULT_SETTINGS = { openaiApiKey: "", azureEndpoint: "" }: a settings form's
			// defaults, filled in by the user; a call given "" is reported where it is called.
			r.Dismiss(e.Site, DismissNoValue)
		case azure && keyParams[Norm(e.Key)] && envMapName(e.Key):
			// { AZURE_OPENAI_API_KEY: ..., AZURE_OPENAI_ENDPOINT: "https://x.openai.azure.com" }:
			// settings keyed by their environment names (a schema's input, a test's config), not
			// an SDK's options; a read in it is reported as the read.
			r.Dismiss(e.Site, DismissOwnType)
		case azure && keyParams[Norm(e.Key)]:
			r.configFix(r.KeyValue(e.Site, e.Value, "an Azure OpenAI client config"), e)
		case r.f.Azure && isAzureKeyOption(e.Key):
			// { azureOpenAIApiKey: key } built here and handed on elsewhere: the option
			// names Azure, whichever client takes it.
			r.configFix(r.KeyValue(e.Site, e.Value, "an Azure OpenAI client config"), e)
		case IsKeyHeader(e.Key) || IsOtherKeyHeader(e.Key) || IsAuthorizationHeader(e.Key):
			// a header map's entry: header() decides
		case envMapName(e.Key) && (IsKeyParam(e.Key) || r.IsKeyValue(e.Value)):
			// environment_variables={"APIM_SUBSCRIPTION_KEY": api_key}: a container's environment.
			r.Dismiss(e.Site, DismissOwnType)
		case IsKeyParam(e.Key) || r.IsKeyValue(e.Value):
			r.Dismiss(e.Site, DismissPlainConfig) // {"endpoint": vision_endpoint, "key": vision_api_key}
		}
	}
}

// otherServiceURL reports a URL written with a literal host that is neither Azure's nor
// Microsoft's (https://content.guardianapis.com/...?api-key=${key}): a key in its query is that
// service's.
func otherServiceURL(t string) bool {
	i := strings.Index(t, "://")
	if i < 0 {
		return false
	}
	host := t[i+3:]
	if end := strings.IndexAny(host, "/?:#`'\" "); end >= 0 {
		host = host[:end]
	}
	host = strings.ToLower(host)
	if host == "" || strings.ContainsAny(host, "${}") || !strings.Contains(host, ".") {
		return false // a host from a variable, or a placeholder
	}
	for _, d := range []string{"azure.com", "azure.us", "azure.cn", "azure-api.net", "microsoft.com", "microsofttranslator.com", "bing.com", "windows.net", "azurewebsites.net", "localhost"} {
		if host == d || strings.HasSuffix(host, "."+d) {
			return false
		}
	}
	return true
}

// substitutionNamesMaps reports a URL template whose host comes from a value named for Azure
// Maps: `${azureMapsConfig.endpoint}/route/directions/json?subscription-key=${k}`.
func substitutionNamesMaps(t string) bool {
	for {
		i := strings.Index(t, "${")
		if i < 0 {
			return false
		}
		t = t[i+2:]
		j := strings.IndexByte(t, '}')
		if j < 0 {
			return false
		}
		if slices.Contains(azurectx.Words(t[:j]), "maps") {
			return true
		}
		t = t[j+1:]
	}
}

// sentence reports a string literal of three or more words: text for a person, never a key.
func sentence(sx Syntax, v *syntax.Node) bool {
	s, ok := sx.StringValue(v)
	return ok && len(strings.Fields(s)) >= 3
}

// settingNames reports an object every value of which (two or more) is a string that names an
// environment variable (AZURE_OPENAI_API_KEY): a map from options to the settings that hold them.
func (r *Rules) settingNames(entries []Entry) bool {
	if len(entries) < 2 {
		return false
	}
	for _, e := range entries {
		v, ok := r.f.Syntax.StringValue(e.Value)
		if !ok || !envMapName(v) || strings.ContainsAny(v, " -.:/") {
			return false
		}
	}
	return true
}

// envMapName reports an environment variable's name used as a map key (AZURE_OPENAI_API_KEY):
// upper snake case, as no SDK names its options.
func envMapName(name string) bool {
	return strings.ToUpper(name) == name && strings.Contains(name, "_")
}

// isAzureKeyOption reports an SDK option that is an Azure AI key (LangChain's
// azureOpenAIApiKey, azure_openai_api_key), not a program's own setting (azureApiKey), an
// environment map's name (AZURE_OPENAI_API_KEY) or a secret's name (azure-openai-api-key).
func isAzureKeyOption(name string) bool {
	// Kebab case is no SDK's option name: 'azure-openai-api-key' names a Key Vault secret or a
	// command-line flag.
	return strings.ToUpper(name) != name && !strings.Contains(name, "-") && strings.Contains(strings.ToLower(name), "azure") && keyParams[Norm(name)]
}

// header reports a key header on a raw HTTP request (KL104).
func (r *Rules) header(h Header) {
	if !IsKeyHeader(h.Name) && !h.Query {
		if h.Value != nil && (IsOtherKeyHeader(h.Name) || IsAuthorizationHeader(h.Name)) {
			// x-api-key: Anthropic's, Claude on Foundry included. Authorization carries a
			// bearer token (a key-named value that holds one), which no Azure AI service takes
			// a key in.
			r.Dismiss(h.Value, DismissOtherHeader)
		}
		return
	}
	switch {
	case h.Value != nil && r.namesItself(h):
		r.Dismiss(h.Site, DismissNoValue) // { "api-key": "apiKey" }: a map of form ids to field names
		return
	case h.Value != nil && (r.NotAKey(h.Value) || r.emptyString(h.Value)):
		r.Dismiss(h.Site, DismissNoValue) // { "api-key": true } masking a header, an empty initial value
		return
	case h.Value != nil && r.IsTokenProvider(h.Value):
		r.Dismiss(h.Site, DismissTokenProvider) // an Entra ID token sent in the api-key header
		return
	case h.Query && (azurectx.NamesNonAIHost(h.Site.Text()) || substitutionNamesMaps(h.Site.Text())):
		// (or `${azureMapsConfig.endpoint}/route/...?subscription-key=${key}`)
		r.Dismiss(h.Site, DismissNotAIKey) // atlas.microsoft.com/...&subscription-key=${key}: Azure Maps
		return
	case h.Query && otherServiceURL(h.Site.Text()):
		// `https://content.guardianapis.com/search?...&api-key=${key}`: that service's key.
		r.Dismiss(h.Site, DismissNonAzure)
		return
	case h.Value != nil && r.madeUpInTest(h.Value):
		r.Dismiss(h.Site, DismissTestFixture)
		return
	case !r.f.Azure && azurectx.OnlyOtherServiceHosts(r.pass.Src):
		// headers = {"api-key": self.api_key} for https://api.murf.ai: that service's key.
		r.Dismiss(h.Site, DismissNonAzure)
		return
	}
	if c := r.enclosingCall(h.Site); c != nil && !c.Azure && !strings.Contains(c.Name, "Azure") &&
		azurectx.NamesOtherProvider(c.Name) && !azurectx.IsAzureHost(c.Node.Text()) {
		// new GoogleImageModel(id, {}, { headers: () => ({ "api-key": k }) }): a header that
		// client sends to its own service.
		r.Dismiss(h.Site, DismissNonAzure)
		return
	}
	if fd := r.reportHeader(h); fd != nil {
		if h.Value != nil {
			r.ClaimReads(h.Site, h.Value)
			r.valueSecrets(fd, h.Value, strings.TrimSpace(h.Name))
		}
		if h.Query {
			return // no safe edit: the service must be sent a token another way
		}
		if fix := r.coveringFix(h.Site); fix != nil {
			fd.Fixes = append(fd.Fixes, *fix) // the key credential holding the header is rewritten whole
		} else if !r.credentialHeaderFix(fd, h) {
			r.headerFix(fd, h)
		}
	}
}

// namesItself reports a header entry whose value is a literal spelling the header's own name
// ("api-key": "apiKey", "Ocp-Apim-Subscription-Key": "ocp_apim_subscription_key"): a map of
// names, no key.
func (r *Rules) namesItself(h Header) bool {
	v, ok := r.f.Syntax.StringValue(h.Value)
	return ok && Norm(v) == Norm(h.Name)
}

// reportHeader reports KL104 on a header's site, starting at its name when a setter call puts
// the name on a later line (request.Headers.Add(\n "Ocp-Apim-Subscription-Key",\n key)).
func (r *Rules) reportHeader(h Header) *keylint.Finding {
	span := keylint.Span{Start: h.Site.Start, End: h.Site.End}
	if n := h.NameNode; n != nil && r.line(n.Start) > r.line(span.Start) {
		span = keylint.Span{Start: n.Start, End: max(span.End, n.End)}
	}
	msg := strings.TrimSpace(h.Name) + " header set on an HTTP request"
	if h.Query {
		msg = strings.TrimSpace(h.Name) + " query parameter in a request URL"
	}
	return r.reportAt("KL104", h.Site, span, msg)
}

// emptyString reports a literal "" (a header map's initial value, filled in later where the
// finding is).
func (r *Rules) emptyString(v *syntax.Node) bool {
	s, ok := r.f.Syntax.StringValue(v)
	return ok && strings.TrimSpace(s) == ""
}

// literals reports 32-hex-digit literals in key context (KL106). The context-free formats are
// found for every file by the hardcoded-key text check.
func (r *Rules) literals() {
	for _, l := range r.f.Literals {
		if l.Context == "" || !keyformat.IsClassicKey(l.Value) || !isKeyContext(l.Context) && !(r.pass.Azure && azurectx.IsFieldKeyName(l.Context)) {
			continue
		}
		if fd := r.Report("KL106", l.Node, "hard-coded "+keyformat.Classic.String()+" in "+l.Context); fd != nil {
			fd.Secrets = append(fd.Secrets, l.Content)
		}
	}
}

func isKeyContext(name string) bool {
	return keyCredentialTypes[name] || IsKeyHeader(name) || keyParams[Norm(name)] || azurectx.IsKeyLikeName(name)
}

// azureSibling reports a key setting read beside a setting of the same family that only Azure
// OpenAI has: BROKERAGE_OPENAI_API_KEY next to BROKERAGE_OPENAI_DEPLOYMENT_NAME or
// BROKERAGE_OPENAI_API_VERSION (openai.com has neither deployments nor API versions).
func (r *Rules) azureSibling(name string) bool {
	upper := strings.ToUpper(name)
	family := ""
	for _, suffix := range []string{"API_KEY", "APIKEY", "KEY"} {
		if strings.HasSuffix(upper, suffix) {
			family = strings.TrimSuffix(upper, suffix)
			break
		}
	}
	bare := family
	for _, prefix := range []string{"REACT_APP_", "VITE_", "NEXT_PUBLIC_", "EXPO_PUBLIC_", "PUBLIC_"} {
		bare = strings.TrimPrefix(bare, prefix)
	}
	if strings.Contains(family, "OPENAI") && strings.Trim(bare, "_") == "OPENAI" {
		// OPENAI_API_KEY beside OPENAI_AZURE_ENDPOINT: the family's own name for an Azure
		// resource says whose key it is.
		for _, e := range r.f.EnvReads {
			if strings.HasPrefix(strings.ToUpper(e.Name), family+"AZURE") {
				return true
			}
		}
	}
	if !strings.Contains(family, "OPENAI") || strings.Trim(bare, "_") == "OPENAI" {
		// OPENAI_API_KEY beside OPENAI_API_VERSION: the openai library's own names, read for
		// openai.com and Azure alike.
		return false
	}
	for _, e := range r.f.EnvReads {
		other := strings.ToUpper(e.Name)
		if other == upper || !strings.HasPrefix(other, family) {
			continue
		}
		switch strings.TrimPrefix(other, family) {
		case "DEPLOYMENT", "DEPLOYMENT_NAME", "DEPLOYMENT_ID", "API_VERSION", "DEPLOYMENTNAME", "APIVERSION", "CHAT_DEPLOYMENT", "CHAT_DEPLOYMENT_NAME":
			return true
		}
	}
	return false
}

// readsInFindings are the setting names read, and claimed, on a line a finding reports (the
// api-key header's `${process.env.REACT_APP_OPENAI_API_KEY}`): the file's key, whichever
// service its name says.
func (r *Rules) readsInFindings() map[string]bool {
	lines := map[int]bool{}
	for _, fd := range r.pass.Findings() {
		lines[r.line(fd.Span.Start)] = true
	}
	names := map[string]bool{}
	for _, e := range r.f.EnvReads {
		if (r.claimed[e.Node] || r.flowing[e.Node] || r.toClient[e.Node]) && lines[r.line(e.Node.Start)] {
			names[e.Name] = true
		}
	}
	return names
}

// presenceCheck reports a read whose value is only tested: if (process.env.X && ...),
// if (!key), X ? a : b's condition, !!X. A check of the key a finding in the file uses is a read of
// that key; a read passed anywhere else is judged where it goes.
func presenceCheck(n *syntax.Node) bool {
	for p, child := n.Parent(), n; p != nil; p, child = p.Parent(), p {
		switch {
		case strings.Contains(p.Kind, "unary") || p.Kind == "parenthesized_expression":
			if strings.Contains(p.Kind, "unary") && !strings.HasPrefix(p.Text(), "!") {
				return false
			}
			if strings.HasPrefix(p.Text(), "!!") {
				return true // { hasApiKey: !!process.env.X }: the value made a boolean, wherever it goes
			}
		case p.Kind == "binary_expression" || p.Kind == "boolean_operator":
			if op := OperatorOf(p); op != "&&" && op != "||" && op != "and" && op != "or" {
				return false
			}
		case strings.HasSuffix(p.Kind, "if_statement") || p.Kind == "while_statement" || p.Kind == "ternary_expression" || p.Kind == "conditional_expression":
			cond := p.ChildByField("condition")
			return cond != nil && cond.Start <= child.Start && child.End <= cond.End
		default:
			return false
		}
	}
	return false
}

// OperatorOf is a binary expression's operator: the text between its two operands.
func OperatorOf(p *syntax.Node) string {
	left, right := p.ChildByField("left"), p.ChildByField("right")
	if left == nil || right == nil {
		kids := p.NamedChildren()
		if len(kids) != 2 {
			return ""
		}
		left, right = kids[0], kids[1]
	}
	if left.End > right.Start || right.Start > p.End {
		return ""
	}
	return strings.TrimSpace(p.Text()[left.End-p.Start : right.Start-p.Start])
}

// envReads reports reads of key-like settings (KL105): in Azure context, when the name says
// AZURE, or when the value flows into a key credential or client.
func (r *Rules) envReads() {
	keyNames := r.pass.Opts.KeyNames
	type lineName struct {
		line int
		name string
	}
	// Reads of one name on one line go together: one finding (the first read), and none if a
	// finding on the line already covers one of them.
	claimed, flowing, toClient, done := map[lineName]bool{}, map[lineName]bool{}, map[lineName]bool{}, map[lineName]bool{}
	for _, e := range r.f.EnvReads {
		at := lineName{r.line(e.Node.Start), e.Name}
		claimed[at] = claimed[at] || r.claimed[e.Node]
		flowing[at] = flowing[at] || r.flowing[e.Node]
		toClient[at] = toClient[at] || r.toClient[e.Node]
	}
	keyOfFile := r.readsInFindings()
	for _, e := range r.f.EnvReads {
		at := lineName{r.line(e.Node.Start), e.Name}
		if done[at] || claimed[at] {
			continue
		}
		// A name of any shape whose value reaches a key credential or client is that client's
		// key (chatGPTToken passed as apiKey), unless it names another service or a plain
		// setting (an endpoint read in the settings object the key is taken from).
		flowsAsKey := toClient[at] && !azurectx.NamesOtherService(e.Name) && !azurectx.NamesPlainSetting(e.Name)
		if !azurectx.IsAIKeyName(e.Name) && !flowsAsKey {
			r.Dismiss(e.Node, DismissNotAIKey)
			continue
		}
		// A name the key-name globs match, in Azure context, naming Azure or reaching a key
		// finding; or any key-like name whose value reaches a key credential or client
		// (FORM_RECOGNIZER_KEY fed to AzureKeyCredential).
		// A name with no Azure word in it (OPENAI_API_KEY) is openai.com's as often as Azure's:
		// in an Azure file it counts when its value reaches a key finding.
		glob := keyNames.Match(e.Name)
		azureName := NameStrength(e.Name, glob) == azureKey || r.f.OpenAIKeyAzure && Norm(e.Name) == "openaiapikey" ||
			glob && r.f.Azure && r.azureSibling(e.Name)
		// Reaching a key header counts in an Azure file only: RULES.md names KL101/KL102 sites,
		// and a Bing key sent to api.bing.microsoft.com says nothing of Azure.
		// COGNITIVE_SERVICES_SUBSCRIPTION_KEY names Azure's AI services as surely as AZURE does.
		upper := strings.ToUpper(e.Name)
		if glob && (azureName && r.f.Azure || strings.Contains(upper, "AZURE") || strings.Contains(upper, "COGNITIVE") || (flowing[at] || keyOfFile[e.Name] && presenceCheck(e.Node)) && r.f.Azure) || toClient[at] {
			done[at] = true
			fd := r.Report("KL105", e.Node, "key read from environment variable "+e.Name)
			if fd != nil && r.f.Rewriter != nil {
				if fix := r.readFix(e.Node); fix != nil {
					fd.Fixes = append(fd.Fixes, *fix)
				}
			}
			continue
		}
		switch {
		case !glob && !azurectx.IsKeyLikeName(e.Name):
			r.Dismiss(e.Node, DismissNotKeyName)
		case !r.f.Azure:
			r.Dismiss(e.Node, DismissNotAzureFile)
		default:
			r.Dismiss(e.Node, DismissOpenAICom)
		}
	}
}
