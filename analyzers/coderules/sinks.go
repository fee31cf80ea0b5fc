package coderules

import (
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/analyzers/azurectx"
	"github.com/keylint/keylint/analyzers/keyformat"
	"github.com/keylint/keylint/syntax"
)

// Generic key sinks (DESIGN.md, "Detection as taint"): in a file that talks to Azure, a key
// value reaching any call is reported whether or not the API is one keylint knows. A key value
// is a key literal, a read of a setting whose name is an AI key's, or a variable, field or
// member named like one or holding one; the sink is any constructor, factory, builder, option
// function or named argument. The known-API tables name clients in messages and pick fixes;
// they do not decide what is reported.

// genericSink checks a call that no known-API rule took.
func (r *Rules) genericSink(c *Call) {
	if len(c.Args) == 0 && IsKeyCredentialName(c.Name) {
		r.Dismiss(c.Node, DismissNoValue) // new ApiKeyServiceClientCredentials(): the key is inside the class
		return
	}
	if len(c.Args) == 0 {
		return
	}
	if r.setsKeyHeader(c) {
		// OpenAIChatCompletionClient(api_key=k, default_headers={"api-key": k}) to a gateway:
		// the header is the KL104; the other key arguments go where the header says. Pointed
		// at Azure (openai v3's new Configuration({ apiKey, basePath: ".../openai/deployments/x",
		// baseOptions: { headers: { "api-key": k } } })), the key option is Azure's too (KL102).
		azure := r.pointedAtAzure(c)
		for _, a := range c.Args {
			switch {
			case r.holdsKeyHeader(a):
			case azure && !a.Nested && keyParams[Norm(a.Name)]:
				r.KeyValue(a.Site, a.Value, c.Name)
			default:
				r.Dismiss(a.Site, DismissHeaderCall)
			}
		}
		return
	}
	if !r.f.Azure {
		for _, a := range c.Args {
			r.Dismiss(a.Site, DismissNotAzureFile)
		}
		return
	}
	if strings.Contains(c.Name, "OpenAI") && !strings.Contains(c.Name, "Azure") {
		// OpenAIModelConfiguration, OpenAIEmbeddings: openai.com unless pointed at Azure, which
		// the known-client rules have already looked at.
		for _, a := range c.Args {
			r.Dismiss(a.Site, DismissOpenAICom)
		}
		return
	}
	if why := NotASink(c.Name); why != "" {
		for _, a := range c.Args {
			r.Dismiss(a.Site, why)
		}
		return
	}
	if r.f.Funcs[c.Name] && !c.Azure {
		// Authenticate(endpoint, key) defined in this file: its body's client call is the KL102.
		r.ownCall(c)
		return
	}
	if r.f.LocalTypes[c.Name] {
		for _, a := range c.Args {
			r.Dismiss(a.Site, DismissOwnType)
		}
		return // the program's own settings type: holding a key is not authenticating with it
	}
	credential := IsKeyCredentialName(c.Name)
	azureCall := credential || isAzure(c) || namesAzure(c.Name)

	shaped := azureCall || SinkShaped(c.Name, r.constructor(c))
	for _, a := range c.Args {
		r.sinkArg(c, a, credential, azureCall, shaped)
	}
}

// ownCall records the arguments of a call to the program's own function or class, defined in
// this file or imported from its own modules: Authenticate(endpoint, key)'s body holds the
// client call that is the KL102; a key read handed to a function of this file named for
// building a client still reaches that client (KL105); getApiKey(process.env.X) says nothing,
// and neither does initChatModel(..., { modelProvider: "openai", apiKey }) of another file,
// whose body this file cannot see.
func (r *Rules) ownCall(c *Call) {
	// In a file with no Azure context the function builds some other service's client
	// (BuildServiceCollection(opts, openAIApiKey) for openai.com): the read says nothing.
	builds := FactoryPrefix(c.Name) && r.f.Funcs[c.Name] && r.f.Azure
	for _, a := range c.Args {
		r.Dismiss(a.Site, DismissOwnFunc)
		if builds && r.keyStrength(a.Value) >= genericKey {
			r.visitReads(a.Value, newTrace(), func(read *syntax.Node, _ bool) { r.toClient[read] = true })
		}
	}
	if len(c.Args) == 0 {
		r.Dismiss(c.Node, DismissOwnFunc)
	}
}

// sinkArg reports one argument of a call that carries a key (KL101 for a credential type or
// factory named like a key credential, else KL102), or records why it does not. A value that
// says it is an Azure AI key (an AZURE_* or AOAI setting, a key format, a name with azure,
// cognitive, search, speech, ...) counts in any constructor, factory, builder or option call, and
// in a named key argument of any call (a bare literal only in an Azure call); a value that only says "key" (apiKey, a parameter)
// counts when the call is an Azure one.
func (r *Rules) sinkArg(c *Call, a Arg, credential, azureCall, shaped bool) {
	if a.Value == nil {
		return
	}
	if a.Nested && !azureCall {
		r.Dismiss(a.Site, DismissNotAClient) // runtimeConfig: { azureApiKey } of defineNuxtConfig
		return
	}
	if !credential && r.credentialObject(a.Value) {
		r.Dismiss(a.Site, DismissCredentialObject)
		return
	}
	if delegationKey(a.Name) {
		r.Dismiss(a.Site, DismissNotAIKey)
		return
	}
	if IsKeyHeader(a.Name) && !credential {
		// Object.assign({ 'api-key': apiKey }, ...) for a request's headers: a header map's
		// entry, which the header rule (KL104) decides; no option of any client is spelt so.
		r.Dismiss(a.Site, DismissHeaderCall)
		return
	}
	// A parameter named just "key" is a key only where keys go: st.text_input(key=...) names
	// a widget, sorted(key=...) a function.
	namedKey := a.Name != "" && IsKeyParam(a.Name) && (a.Name != "key" || shaped)
	strength := r.strength(a.Value, newTrace(), credential)
	if (namedKey || credential && a.Name == "" && !isContainer(a.Value.Kind)) && strength == noKey {
		if r.NotAKey(a.Value) {
			r.Dismiss(a.Site, DismissNoValue) // apiKey: null
			return
		}
		// api_key=whatever, new ApiKeyServiceClientCredentials(""): the parameter or the
		// credential type says what the value is (a placeholder waits for a key); a header
		// map (in_headers={...}) says it by its entries.
		strength = genericKey
	}
	if strength == noKey {
		return
	}
	if a.Name != "" && !namedKey && !credential && !IsKeyParam(a.Name) && !isContainer(a.Value.Kind) {
		// serviceId: AzureOpenAIServiceKey: a key-named value given where no key goes.
		r.Dismiss(a.Site, DismissNotKeyParam)
		return
	}
	switch {
	case r.NotAKey(a.Value):
		r.Dismiss(a.Site, DismissNoValue)
		return
	case r.IsTokenProvider(a.Value):
		r.Dismiss(a.Site, DismissTokenProvider)
		return
	case strength == otherKey || namedKey && !azurectx.IsAIKeyName(a.Name):
		r.Dismiss(a.Site, DismissNotAIKey)
		return
	case !shaped && !namedKey:
		r.Dismiss(a.Site, DismissNotAClient)
		return
	case strength == genericKey && !azureCall,
		strength == azureKey && !azureCall && !namedKey && r.literal(a.Value):
		// A key-shaped literal says nothing of whose key it is: NewsApiClient("288e...") in a
		// file that also calls Azure is another service's.
		r.Dismiss(a.Site, DismissNotAzure)
		return
	}
	if credential {
		if fd := r.Report("KL101", c.Node, c.Name+" built from an API key"); fd != nil {
			r.claimClientReads(c.Node, a.Value)
			r.valueSecrets(fd, a.Value, c.Name)
		}
		return
	}
	r.KeyValue(a.Site, a.Value, c.Name)
}

// SinkShaped reports a call that builds or configures something, which is where a key goes: a
// constructor (new T(...), a Python class), a factory (new, create, make, build, from, with, init,
// connect, configure, use, add), a builder method named for what it sets (apiKey, credential,
// key), or a name ending in Client, Config, Options, Builder, Credential(s) or Provider.
func SinkShaped(name string, constructor bool) bool {
	if name == "" {
		return false
	}
	if constructor {
		return true
	}
	if FactoryPrefix(name) {
		return true
	}
	n := strings.ToLower(name[strings.LastIndexByte(name, '.')+1:]) // Manager.authenticate: the method
	for _, suffix := range []string{"client", "config", "configuration", "options", "builder", "credential", "credentials", "provider", "key", "apikey"} {
		if strings.HasSuffix(n, suffix) {
			return true
		}
	}
	return false
}

// getterName is the name a getter call returns, getApiKey() giving ApiKey: a call with no
// arguments named get…, read…, load…, fetch… or resolve…. Anything else gives "".
func getterName(n *syntax.Node) string {
	switch n.Kind {
	case "call_expression", "call", "invocation_expression", "method_invocation":
	default:
		return ""
	}
	callee := n.ChildByField("name") // Java
	if callee == nil {
		callee = n.ChildByField("function")
	}
	args := n.ChildByField("arguments")
	if callee == nil || args == nil || len(args.NamedChildren()) > 0 {
		return ""
	}
	name := lastName(callee.Text())
	for _, p := range []string{"get", "read", "load", "fetch", "resolve"} {
		if rest, ok := strings.CutPrefix(name, p); ok && rest != "" {
			return strings.TrimLeft(rest, "_")
		}
		if rest, ok := strings.CutPrefix(name, strings.ToUpper(p[:1])+p[1:]); ok && rest != "" {
			return strings.TrimLeft(rest, "_")
		}
	}
	return ""
}

// FactoryPrefix reports a function or method named for building or configuring something:
// new, create, make, build, from, with, init, connect, configure, setup, use, add, register,
// auth, login, client.
func FactoryPrefix(name string) bool {
	n := strings.ToLower(name[strings.LastIndexByte(name, '.')+1:])
	for _, p := range []string{"new", "create", "make", "build", "from", "with", "init", "connect", "configure", "setup", "use", "add", "register", "auth", "login", "client"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// KeyKind is how surely a value or name is an Azure AI key.
// constructor reports a call that creates an object: new T(...), or a Python call of a
// Capitalized name (a class, by the language's convention).
func (r *Rules) constructor(c *Call) bool {
	switch c.Node.Kind {
	case "new_expression", "object_creation_expression", "implicit_object_creation_expression":
		return true
	}
	if r.pass.Lang == keylint.Python || r.pass.Lang == keylint.Notebook {
		return c.Name != "" && c.Name[0] >= 'A' && c.Name[0] <= 'Z'
	}
	return false
}

type KeyKind uint8

const (
	noKey      KeyKind = iota
	otherKey           // a key for another service (GITHUB_TOKEN, a Stripe key)
	genericKey         // named like a key, nothing says whose (apiKey, key, api_key)
	azureKey           // says it is an Azure AI key (AZURE_OPENAI_KEY, a key format, azureSearchKey)
)

// The kinds, for the Go analyzer, which classifies its own values.
const (
	NoKey      = noKey
	OtherKey   = otherKey
	GenericKey = genericKey
	AzureKey   = azureKey
)

// IsKeyParam reports a parameter or property name that takes a key: api_key, apiKey, key,
// subscriptionKey, azureOpenAIApiKey (a word "key" at the end, as IsKeyLikeName has it).
func IsKeyParam(name string) bool {
	return keyParams[Norm(name)] || azurectx.IsKeyLikeName(name)
}

// delegationKey reports a user delegation key parameter (generate_blob_sas(user_delegation_key=
// ...)): Storage's keyless SAS is signed with a key the caller got with an Entra ID token.
func delegationKey(param string) bool { return strings.Contains(Norm(param), "delegationkey") }

// IsEntraCredentialName reports a Microsoft Entra ID credential of azure-identity (in any
// language: ClientSecretCredential, NewClientSecretCredential, ClientCertificateCredential,
// ManagedIdentityCredential, ...) or a token provider built on one (get_bearer_token_provider,
// BearerTokenAuthenticationPolicy): the keyless path, whatever secret a service principal gives
// it or whatever a same-named variable elsewhere in the file holds.
func IsEntraCredentialName(name string) bool {
	n := strings.ReplaceAll(strings.ToLower(name[strings.LastIndexByte(name, '.')+1:]), "_", "")
	for _, c := range []string{"getbearertokenprovider", "bearertokenauthenticationpolicy", "bearertokencredentialpolicy", "clientsecretcredential", "clientcertificatecredential", "clientassertioncredential",
		"usernamepasswordcredential", "managedidentitycredential", "workloadidentitycredential",
		"onbehalfofcredential", "defaultazurecredential", "environmentcredential", "chainedtokencredential",
		"azureclicredential", "devicecodecredential", "interactivebrowsercredential"} {
		if strings.Contains(n, c) {
			return true
		}
	}
	return false
}

// IsKeyCredentialName reports a type or factory that wraps a key for a client: AzureKeyCredential,
// ApiKeyCredential, KeyCredential, AzureApiKeyCredential, DataSourceAuthentication.FromApiKey,
// ApiKeyServiceClientCredentials, CognitiveServicesCredentials (Go autorest's
// NewCognitiveServicesAuthorizer), and Translator's TranslatorCredential(key, region).
func IsKeyCredentialName(name string) bool {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, "policy") {
		return false // Azure.Core's AzureKeyCredentialPolicy(credential, header) takes one built elsewhere
	}
	return strings.Contains(n, "keycredential") || strings.Contains(n, "fromapikey") ||
		strings.Contains(n, "apikeyauthentication") || strings.Contains(n, "apikeyserviceclientcredentials") ||
		n == "cognitiveservicescredentials" || n == "apikeycredentials" || n == "translatorcredential" ||
		strings.Contains(n, "cognitiveservicesauthorizer") // Go autorest's NewCognitiveServicesAuthorizer(key)
}

// IsKeyValue reports whether an expression holds a key: a literal in a key format, a read of a
// setting named like an AI key, or a name (variable, field, member) named like one, or a
// variable assigned one, a few assignments deep. Operands of operators, conditionals and method
// receivers count (api_key or "…", key.strip()); arguments of inner calls and subscripts do not.
func (r *Rules) IsKeyValue(v *syntax.Node) bool { return r.keyStrength(v) >= genericKey }

// keyStrength says how surely an expression holds an Azure AI key (see KeyKind).
func (r *Rules) keyStrength(v *syntax.Node) KeyKind { return r.strength(v, newTrace(), false) }

// strength is keyStrength; entries says to look inside an options object or list too (a key
// credential's header map: ApiKeyCredentials(in_headers={"Training-key": k})).
func (r *Rules) strength(v *syntax.Node, tr *trace, entries bool) KeyKind {
	if v == nil {
		return noKey
	}
	r.readNameOf(nil)
	best := noKey
	check := func(n *syntax.Node) KeyKind {
		if name, ok := r.readName[n]; ok {
			return NameStrength(name, r.pass.Opts.KeyNames.Match(name))
		}
		if s, ok := r.f.Syntax.StringValue(n); ok {
			if m, key := keyformat.Classify(s); key && !keyformat.IsPlaceholder(s) && m.Kind != keyformat.OpenAI {
				return azureKey
			}
			return noKey
		}
		if name := getterName(n); name != "" {
			return NameStrength(name, false) // getAzureOpenaiKey(), config.get_api_key()
		}
		if !r.f.Syntax.IsVariable(n) {
			return noKey
		}
		own := NameStrength(lastName(n.Text()), false)
		if own == azureKey || own == otherKey || !tr.enter(n) {
			return own
		}
		defer tr.leave()
		for _, val := range r.ValuesAt(n) {
			if k := r.strength(val, tr, false); k > own {
				own = k
			}
		}
		return own
	}
	best = check(v)
	if isContainer(v.Kind) && !entries {
		return best // an options object: its entries have names of their own (configs)
	}
	desc := v.Descendants()
	for i := range desc {
		n := &desc[i]
		if best == azureKey {
			break
		}
		if (partOfValue(n, v) && !r.insideRead(n, v) || r.wrappedRead(n, v)) && (entries || !inContainer(n, v)) && !calleeName(n) {
			if k := check(n); k > best {
				best = k
			}
		}
	}
	return best
}

// readNameOf returns the setting an env-read node reads, "" for another node.
func (r *Rules) readNameOf(n *syntax.Node) string {
	if r.readName == nil {
		r.readName = make(map[*syntax.Node]string, len(r.f.EnvReads))
		for _, e := range r.f.EnvReads {
			r.readName[e.Node] = e.Name
		}
	}
	return r.readName[n]
}

// wrappedRead reports a setting read that is v's value under wrappers that leave it as is: C#'s
// null-forgiving config["AZURE_OPENAI_KEY"]!, TypeScript's process.env.X!, parentheses,
// await. (Reads among operands, env ?? config, are followed where they are assigned.)
func (r *Rules) wrappedRead(n, v *syntax.Node) bool {
	if _, read := r.readName[n]; !read || n == v {
		return false
	}
	for p, c := n.Parent(), n; p != nil; p, c = p.Parent(), p {
		if !valueWrappers[p.Kind] || len(p.NamedChildren()) != 1 {
			if !fallbackOf(p, c) {
				return false
			}
		}
		if p == v {
			return true
		}
	}
	return false
}

// fallbackOf reports p as c with a fallback: config["AZURE_OPENAI_KEY"] ?? throw new
// InvalidOperationException(...), process.env["AZURE_OPENAI_KEY"] || "", os.environ.get(X) or
// "": the value is the read whenever there is one.
func fallbackOf(p, c *syntax.Node) bool {
	if !strings.Contains(p.Kind, "binary") && p.Kind != "boolean_operator" {
		return false
	}
	l, op := p.ChildByField("left"), p.ChildByField("operator")
	if l != c {
		return false
	}
	if op != nil {
		switch op.Text() {
		case "??", "||", "or":
			return true
		}
		return false
	}
	between := strings.TrimSpace(p.Text()[c.End-p.Start:])
	return strings.HasPrefix(between, "??") || strings.HasPrefix(between, "||") || strings.HasPrefix(between, "or ")
}

// valueWrappers are expressions whose value is their one operand's.
var valueWrappers = map[string]bool{
	"postfix_unary_expression": true, "non_null_expression": true,
	"parenthesized_expression": true, "await_expression": true,
}

// NameStrength classifies a setting or variable name: an AI key with an Azure word in it, a
// key of another service, a plain key name, or no key at all. glob says the name matches the
// key-name globs; it makes no name Azure by itself (*OPENAI*KEY* holds openai.com's keys too).
func NameStrength(name string, glob bool) KeyKind {
	if !azurectx.IsKeyLikeName(name) {
		return noKey
	}
	if !azurectx.IsAIKeyName(name) {
		return otherKey
	}
	azure, other := false, false
	for _, w := range azurectx.Words(name) {
		switch {
		case azureWords[w]:
			azure = true
		case !plainKeyWords[w] && !madeOfKnownWords(w):
			other = true // exa_api_key, groq, seq: a word that names something else
		}
	}
	switch {
	case azure:
		return azureKey
	case other:
		return otherKey
	}
	return genericKey // OPENAI_API_KEY, api_key: whose key the call says
}

// madeOfKnownWords reports a word that is known words run together, as splitting identifiers
// at case changes leaves them (openAIAPIKey gives "aiapi"; azureopenaikey).
func madeOfKnownWords(w string) bool {
	if w == "" {
		return true
	}
	for i := len(w); i > 1; i-- {
		if (plainKeyWords[w[:i]] || azureWords[w[:i]]) && madeOfKnownWords(w[i:]) {
			return true
		}
	}
	return false
}

// azureWords name Azure AI services in settings and variables (AZURE_OPENAI_KEY, aoaiKey,
// searchAdminKey, SPEECH_KEY, cognitiveKey, docIntelKey).
var azureWords = map[string]bool{
	"azure": true, "aoai": true, "cognitive": true, "cogsvc": true, "cog": true, "search": true,
	"speech": true, "vision": true, "translator": true, "translate": true, "language": true,
	"formrecognizer": true, "recognizer": true, "docintel": true, "documentintelligence": true,
	"intelligence": true, "contentsafety": true, "safety": true, "foundry": true, "aiservices": true,
	"face": true, "luis": true, "qna": true,
}

// plainKeyWords say nothing of whose key it is: api_key, my_key, primaryKey, openai_key (which
// may be openai.com's or Azure's), llm_api_key.
var plainKeyWords = map[string]bool{
	"api": true, "key": true, "keys": true, "my": true, "the": true, "your": true, "primary": true,
	"secondary": true, "access": true, "subscription": true, "secret": true, "admin": true,
	"query": true, "service": true, "services": true, "account": true, "resource": true, "ai": true,
	"openai": true, "open": true, "gpt": true, "llm": true, "model": true, "chat": true, "embedding": true,
	"embeddings": true, "deployment": true, "default": true, "auth": true, "private": true, "app": true,
	"client": true, "config": true, "settings": true, "setting": true, "options": true, "value": true,
	"env": true, "local": true, "prod": true, "dev": true, "test": true, "1": true, "2": true, "_": true,
	"training": true, "prediction": true, // Custom Vision's two keys
	"input": true, // apiKeyInput: a form field holding the key
	// Which of two resources or which generation of a key (a migration tool's SourceKey and
	// DestinationKey, a rotation's old and new key): a role, not another service.
	"source": true, "destination": true, "target": true, "src": true, "dest": true, "old": true,
	"new": true, "current": true, "backup": true, "fallback": true,
	// What the key is used for at one service (OpenAI:ImageKey for a DALL-E deployment,
	// REALTIME_API_KEY, whisperKey): a use, not another service.
	"image": true, "images": true, "audio": true, "realtime": true, "completion": true,
	"completions": true, "whisper": true, "dalle": true, "tts": true, "voice": true,
}

// inContainer reports n inside a dictionary, object or initializer within v: its entries are
// options with names of their own, checked as configs (an options object's apiKey property),
// not as the value of the argument that holds them.
func inContainer(n, v *syntax.Node) bool {
	for p := n.Parent(); p != nil && p != v; p = p.Parent() {
		k := p.Kind
		if strings.Contains(k, "dictionary") || strings.Contains(k, "pair") || k == "object" ||
			strings.Contains(k, "initializer") || strings.Contains(k, "array") || k == "list" {
			return true
		}
	}
	return false
}

func isContainer(k string) bool {
	return strings.Contains(k, "dictionary") || k == "object" || strings.Contains(k, "initializer") ||
		strings.Contains(k, "array") || k == "list"
}

// calleeName reports the name of what is called or created (AzureKeyCredential in
// new AzureKeyCredential(k)): a type or function, not a value.
func calleeName(n *syntax.Node) bool {
	switch n.Field {
	case "function", "type", "constructor", "name", "method":
		return true
	case "object":
		// The class of a Java static call, AzureApiKeyCredential.create(k): PascalCase, unlike
		// a constant (AZURE_KEY.trim()) or a variable.
		p := n.Parent()
		t := n.Text()
		return p != nil && p.Kind == "method_invocation" && n.Kind == "identifier" && t != "" &&
			t[0] >= 'A' && t[0] <= 'Z' && strings.ToUpper(t) != t
	}
	return false
}

// lastName is the last part of a dotted or arrow member access: self.api_key -> api_key.
func lastName(text string) string {
	if i := strings.LastIndexAny(text, ".>"); i >= 0 {
		return text[i+1:]
	}
	return text
}

// NotASink names, for calls that take values without authenticating with them (printing,
// logging, formatting, built-ins, string methods, environment writes, test assertions), why a
// key argument to them is dismissed; "" for any other call.
func NotASink(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.HasPrefix(n, "assert") || strings.HasPrefix(n, "expect") || n == "tobe" || n == "toequal" || n == "equal" || n == "equals" ||
		n == "tomatchobject" || n == "tostrictequal" || n == "tocontainequal" || strings.HasPrefix(n, "tohavebeen") || n == "tohaveproperty":
		return DismissTestAssertion
	case n == "setenv" || n == "unsetenv" || n == "putenv" || n == "setdefault" || n == "setitem" || n == "set_key" || n == "setenvironmentvariable",
		n == "withenvironment": // .NET Aspire's AppHost hands a parameter to a project's environment
		return DismissEnvWrite
	}
	if notSinkNames[n] || strings.HasSuffix(n, "exception") || strings.HasSuffix(n, "error") {
		// new ArgumentException($"Missing {KeyName}"), ValueError(...): a message.
		return DismissNotAClient
	}
	for w := range cryptoWords {
		if strings.Contains(n, w) { // cheap first: most names hold none of the words
			for _, w := range azurectx.Words(name) {
				if cryptoWords[w] {
					return DismissCryptoKey
				}
			}
			break
		}
	}
	for _, p := range []string{"print", "log", "write", "debug", "warn", "info", "trace", "fatal", "panic", "format", "sprint", "fprint", "mask", "redact"} {
		if strings.HasPrefix(n, p) {
			return DismissNotAClient
		}
	}
	return ""
}

// cryptoWords name calls that take a cryptographic key (a JSON Web Key, a PEM, an HMAC or
// signing secret): RSAAlgorithm.from_jwk(key), jwt.decode(token, key), hmac.new(key, ...).
var cryptoWords = map[string]bool{
	"jwk": true, "jwks": true, "jwt": true, "jws": true, "jwe": true, "pem": true, "rsa": true, "hmac": true,
	"encrypt": true, "decrypt": true, "cipher": true, "fernet": true, "sign": true, "signer": true,
}

var notSinkNames = map[string]bool{
	"len": true, "str": true, "repr": true, "bool": true, "int": true, "float": true, "isinstance": true,
	"hasattr": true, "getattr": true, "type": true, "strip": true, "rstrip": true, "lstrip": true,
	"trim": true, "split": true, "join": true, "lower": true, "upper": true, "replace": true,
	"startswith": true, "endswith": true, "encode": true, "decode": true, "getenv": true, "get": true,
	"error": true, "errorf": true, "raise": true, "exit": true, "abort": true, "echo": true,
	"length": true, "tostring": true, "string": true, "includes": true, "contains": true, "isempty": true,
	"isnullorempty": true, "isnullorwhitespace": true, "isblank": true, "hash": true, "sha256": true,
	"md5": true, "b64encode": true, "quote": true, "urlencode": true, "parseint": true, "number": true,
	// A URL is text: new Uri($"https://dev.virtualearth.net/...&key={apiKey}") calls nothing.
	"uri": true, "url": true,
	// A browser WebSocket or EventSource takes no options a key goes in: a key in its URL is
	// the URL's query parameter, reported where the URL is written (KL104).
	"websocket": true, "eventsource": true,
	// Object.entries(config), Object.freeze(config): built-ins that list or seal what they are
	// given.
	"entries": true, "values": true, "keys": true, "fromentries": true, "freeze": true,
	"append": true, "push": true, "add": true, "put": true, "set": true, "update": true, "cmp": true,
	// A promise's resolve({ speechKey, ... }): the function's result, handed to its caller.
	"resolve": true,
	// Schema validation (zod, yup, joi) checks settings; it hands them to no client.
	"parse": true, "safeparse": true, "parseasync": true, "safeparseasync": true, "validate": true,
	"validatesync": true,
	// UI state: React's hooks and Vue's refs hold a key a user types into a settings form.
	"usestate": true, "useref": true, "usememo": true, "usereducer": true, "uselocalstorage": true,
	"usesessionstorage": true,
	// Form state (react-hook-form's useForm({ defaultValues }), Formik, Vue's reactive): the
	// values a settings form starts with.
	"useform": true, "useformik": true, "reactive": true,
	// Stores and signals of other UI libraries: Svelte's writable, Vue's ref, Jotai's atom,
	// Solid's createSignal, Preact's signal, MobX's observable.
	"writable": true, "readable": true, "ref": true, "atom": true, "signal": true,
	"createsignal": true, "observable": true, "definestore": true,
	// Serialized or sent as data (JSON.stringify, json.dumps, res.json to a browser): no client.
	"stringify": true, "dumps": true, "json": true,
}

// The named dismissals: every keyword hit that is not a finding ends in one of these (or a
// comment), which --explain-hits prints.
const (
	DismissNoValue          = "no value (null, empty, or a stated no-key)"
	DismissTokenProvider    = "token provider (keyless)"
	DismissNotAIKey         = "not an AI key (another service's setting)"
	DismissNotAClient       = "not a client call (printing, logging, formatting, built-ins)"
	DismissTestAssertion    = "test assertion"
	DismissTestFixture      = "a made-up key in a test (a placeholder no one fills in)"
	DismissEnvWrite         = "environment or settings write (os.environ[X] = ..., delete process.env.X, dotnet user-secrets set)"
	DismissOpenAICom        = "openai.com context"
	DismissNotAzure         = "not an Azure call (a plain key name given to a call that names no Azure service)"
	DismissNotAzureFile     = "not Azure context (no Azure client, setting, host or import in the file)"
	DismissNonAzure         = "non-Azure service"
	DismissPlaceholder      = "placeholder"
	DismissNotKeyName       = "not a key name (Key Vault, storage, database, search field)"
	DismissOwnType          = "the program's own settings type"
	DismissCredentialObject = "a credential object handed to a client (KL101 where it is built from a key)"
	DismissOtherHeader      = "another header than api-key or Ocp-Apim-Subscription-Key (x-api-key, Authorization, a service's own)"
	DismissNotKeyParam      = "a key-named value given to a parameter that takes no key (serviceId: AzureOpenAIServiceKey)"
	DismissHelper           = "a plain key name given by position to a helper named for Azure, not an SDK client"
	DismissOwnFunc          = "a key handed to the program's own function (reported where it reaches a client)"
	DismissString           = "text in a string (a message, a setting's name, a doc)"
	DismissDefinition       = "a name being defined (parameter, field, property, assignment target)"
	DismissHandling         = "handled, not given to a client (a check, a return, a comparison)"
	DismissHeaderCall       = "a key given to a call whose api-key header is the finding (KL104)"
	DismissPlainConfig      = "a settings object that names no Azure endpoint or option (reported where it reaches a client)"
	DismissCryptoKey        = "a cryptographic key (JSON Web Key, PEM, HMAC or signing secret), not a service's API key"
)

// setsKeyHeader reports a call that sets a key header, directly or in an options object it is
// given (headers.Add("api-key", k), fetch(url, { headers: { "api-key": k } })): KL104's.
func (r *Rules) setsKeyHeader(c *Call) bool {
	for _, a := range c.Args {
		if r.holdsKeyHeader(a) {
			return true
		}
	}
	return false
}

// holdsKeyHeader reports an argument that names a key header, itself or inside.
func (r *Rules) holdsKeyHeader(a Arg) bool {
	if a.Value == nil {
		return false
	}
	if s, ok := r.f.Syntax.StringValue(a.Value); ok && IsKeyHeader(s) {
		return true
	}
	desc := a.Value.Descendants()
	for i := range desc {
		if s, ok := r.f.Syntax.StringValue(&desc[i]); ok && IsKeyHeader(s) {
			return true
		}
	}
	return false
}
