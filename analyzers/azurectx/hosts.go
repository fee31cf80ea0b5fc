package azurectx

import (
	"bytes"
	"regexp"
	"strings"
)

// OtherServiceHosts are endpoints of services that take a key in an Azure SDK's shape but no
// Entra ID token: GitHub Models (models.inference.ai.azure.com was its first endpoint: it is in
// Azure's DNS but takes only GitHub tokens), Hugging Face, openai.com and other providers.
var OtherServiceHosts = []string{
	"models.github.ai", "models.inference.ai.azure.com", "huggingface.co", ".hf.space",
	"api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com", "api.mistral.ai",
	"api.groq.com", "openrouter.ai", "api.together.xyz", "api.deepseek.com", "api.x.ai",
}

// hostsWithoutEntraScope are endpoints a key header may be for that take no Cognitive Services
// token: Bing, regional api.cognitive.microsoft.com endpoints (tokens need a custom
// subdomain), API Management, AI Search (its own scope, and only once allowed), speech and
// translator endpoints, serverless and Azure ML model endpoints, QnA Maker, LUIS and Project
// Oxford (the retired first host of Cognitive Services, shared, so no token).
var hostsWithoutEntraScope = []string{
	"bing.microsoft.com", "api.bing", "api.cognitive.microsoft.com", "cognitive.microsofttranslator.com",
	"azure-api.net", "search.windows.net", ".azurewebsites.net", "speech.microsoft.com", "models.ai.azure.com",
	"inference.ml.azure.com", "qnamaker", "luis.ai", "projectoxford.ai",
}

// entraHostMarkers say a file talks to an endpoint that takes Cognitive Services tokens.
var entraHostMarkers = []string{".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com", ".openai.azure.us", ".cognitiveservices.azure.us"}

// openAIMarkers say an api-key header is Azure OpenAI's.
var openAIMarkers = []string{"/openai/deployments", "/openai/v1", "AZURE_OPENAI", "AOAI", "azure_openai", "AzureOpenAI"}

// HeaderTarget is what a file shows about where its key headers go.
type HeaderTarget int

const (
	// NoEntraTarget: the headers may go to a service that takes keys only, or tokens of
	// another scope, or the file does not say.
	NoEntraTarget HeaderTarget = iota
	// EntraHost: the file names an Azure OpenAI or AI services subdomain host, or sends an
	// api-key header to Azure OpenAI (whose endpoints are always a resource's own subdomain).
	EntraHost
	// EntraSetting: the endpoint comes from a setting or placeholder, whose name or the
	// request's path says the service is one that takes tokens on its resource's custom
	// subdomain (Vision, Face, Language, Document Intelligence, Content Safety, AI services,
	// Azure OpenAI). The fix holds only if the setting is that subdomain, not a regional
	// <region>.api.cognitive.microsoft.com endpoint: its message says so.
	EntraSetting
)

// SubdomainNote ends the message of a header rewrite for an EntraSetting target: a token is
// taken only on the resource's own subdomain.
const SubdomainNote = "the endpoint setting must be the resource's custom subdomain (https://<resource>.cognitiveservices.azure.com), a regional <region>.api.cognitive.microsoft.com endpoint takes no token"

// EntraHeaderTarget reports whether the key headers of a file may become bearer tokens for
// the Cognitive Services scope (HeaderTargetOf is not NoEntraTarget).
func EntraHeaderTarget(src []byte, header string, readNames []string) bool {
	return HeaderTargetOf(src, header, readNames) != NoEntraTarget
}

// HeaderTargetOf decides whether the key headers of a file may become bearer tokens for the
// Cognitive Services scope: the file talks to Azure OpenAI or an AI services subdomain, and to
// nothing that takes keys only or tokens of another scope. keylint sees no URL per request, so
// it decides for the file. readNames are the settings the header's value is read from: a
// search, Bing, translator, speech, APIM or other service's key keeps its header.
func HeaderTargetOf(src []byte, header string, readNames []string) HeaderTarget {
	lower := bytes.ToLower(src)
	for _, host := range hostsWithoutEntraScope {
		if bytes.Contains(lower, []byte(host)) {
			return NoEntraTarget // anywhere: "luis.ai" in a comment says what the file talks to
		}
	}
	// Another provider only where code names it: #url = "https://api.openai.com/..." is the
	// endpoint a file used before it moved to Azure.
	code := withoutCommentLines(lower)
	for _, host := range OtherServiceHosts {
		if bytes.Contains(code, []byte(host)) {
			return NoEntraTarget
		}
	}
	for _, name := range readNames {
		up := strings.ToUpper(name)
		for _, w := range []string{"SEARCH", "BING", "TRANSLATOR", "SPEECH", "APIM", "GITHUB", "HUGGING"} {
			if strings.Contains(up, w) {
				return NoEntraTarget
			}
		}
		if strings.HasPrefix(up, "GH_") || strings.HasPrefix(up, "HF_") {
			return NoEntraTarget
		}
	}
	for _, p := range keyOnlyPaths {
		if bytes.Contains(lower, []byte(p)) {
			return NoEntraTarget // on a resource's own subdomain too: LUIS authoring, QnA Maker
		}
	}
	for _, m := range entraHostMarkers {
		if bytes.Contains(lower, []byte(m)) {
			return EntraHost
		}
	}
	if strings.EqualFold(strings.TrimSpace(header), "api-key") {
		for _, m := range openAIMarkers {
			if bytes.Contains(src, []byte(m)) {
				return EntraHost
			}
		}
	}
	if tokenServiceNamed(src, lower) {
		return EntraSetting
	}
	return NoEntraTarget
}

// keyOnlyPaths are REST paths of the services in keyOnlyServices that are served on a
// resource's own *.cognitiveservices.azure.com subdomain too, where the host says nothing.
var keyOnlyPaths = []string{
	"luis/authoring/", "luis/prediction/", "luis/api/", "qnamaker/", "personalizer/v1", "contentmoderator/",
	"customvision/v", "sts/v1.0/issuetoken", "translator/text/", "inkrecognizer/",
}

// tokenServicePhrases are the words (Words of the setting name, or one word run together) of
// services that take Cognitive Services tokens on their resource's custom subdomain. Whole
// words only: VISION is in DEVICE_PROVISIONING_ENDPOINT and FACE in HUGGINGFACE_ENDPOINT.
var tokenServicePhrases = [][]string{
	{"computer", "vision"}, {"vision"}, {"face"}, {"text", "analytics"}, {"language"},
	{"form", "recognizer"}, {"document", "intelligence"}, {"doc", "intelligence"}, {"content", "safety"},
	{"ai", "services"}, {"ai", "service"}, {"cognitive", "services"}, {"cognitive", "service"},
	{"openai"}, {"open", "ai"}, {"aoai"},
}

// notTokenServicePhrases are names holding one of those words that say another service: a
// large language model's endpoint, Hugging Face's.
var notTokenServicePhrases = [][]string{
	{"language", "model"}, {"language", "models"}, {"large", "language"}, {"hugging", "face"},
}

// namesTokenService reports an endpoint setting name (COMPUTER_VISION_ENDPOINT,
// AzureOpenAIEndpoint) whose words name a service in tokenServicePhrases and none that says
// another one.
func namesTokenService(name string) bool {
	words := Words(name)
	for _, p := range notTokenServicePhrases {
		if hasPhrase(words, p) {
			return false
		}
	}
	for _, p := range tokenServicePhrases {
		if hasPhrase(words, p) {
			return true
		}
	}
	return false
}

// hasPhrase reports the phrase as consecutive words, or as one word run together
// (COMPUTERVISION_ENDPOINT).
func hasPhrase(words, phrase []string) bool {
	joined := strings.Join(phrase, "")
	for i := range words {
		if words[i] == joined {
			return true
		}
		if i+len(phrase) > len(words) {
			continue
		}
		match := true
		for j, w := range phrase {
			if words[i+j] != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// tokenServicePaths are REST paths of those services.
var tokenServicePaths = []string{
	"vision/v", "/computervision/", "text/analytics/", "/language/:", "formrecognizer/",
	"documentintelligence/", "contentsafety/", "/face/v1", "/openai/deployments", "/openai/v1",
}

// keyOnlyServices are words (folded: lower case, no '_', '-', '.' or spaces) of services that
// take keys only, tokens only through a key exchange (Speech's issueToken), or tokens whose
// support keylint cannot vouch for: a file naming any of them keeps its key headers.
var keyOnlyServices = []string{
	"bing", "luis", "qnamaker", "translat", "speech", "contentmoderator", "personalizer",
	"customvision", "inkrecogni", "anomalydetector", "immersivereader", "videoindexer",
	"apimanagement", "issuetoken",
}

// endpointSetting finds setting names such as COMPUTER_VISION_ENDPOINT, AZURE_OPENAI_ENDPOINT
// and placeholders such as PASTE_YOUR_FACE_ENDPOINT_HERE.
var endpointSetting = regexp.MustCompile(`\b[A-Z][A-Z0-9_]*ENDPOINT[A-Z0-9_]*\b`)

// tokenServiceNamed reports a file whose endpoint settings or request paths name a service
// that takes Cognitive Services tokens, and whose text names no service that does not (the
// headers of a file that talks to both could be either's). An endpoint setting of another
// service (AI Search, Bing, a custom one) makes it undecided too.
func tokenServiceNamed(src, lower []byte) bool {
	folded := foldName(string(lower))
	for _, w := range keyOnlyServices {
		if strings.Contains(folded, w) {
			return false
		}
	}
	named := false
	for _, m := range endpointSetting.FindAll(src, -1) {
		name := foldName(strings.ToLower(string(m)))
		switch name {
		case "endpoint", "azureendpoint", "pasteyourendpointhere":
			continue // names no service
		}
		if !namesTokenService(string(m)) {
			return false
		}
		named = true
	}
	for _, p := range tokenServicePaths {
		if containsPath(lower, p) {
			named = true
		}
	}
	return named
}

// containsPath reports the REST path p in src where it starts a path segment: "vision/v" of
// endpoint + "vision/v3.2/analyze", not of "/provision/v1" or "/revision/v2".
func containsPath(src []byte, p string) bool {
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte(p))
		if j < 0 {
			return false
		}
		at := i + j
		if p[0] == '/' || at == 0 || !isWordByte(src[at-1]) {
			return true
		}
		i = at + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// withoutCommentLines drops the lines that are a # or // comment whole: code left there
// (commented out) sends nothing.
func withoutCommentLines(src []byte) []byte {
	if !bytes.Contains(src, []byte("#")) && !bytes.Contains(src, []byte("//")) {
		return src
	}
	out := make([]byte, 0, len(src))
	for _, line := range bytes.SplitAfter(src, []byte("\n")) {
		t := bytes.TrimSpace(line)
		if bytes.HasPrefix(t, []byte("#")) || bytes.HasPrefix(t, []byte("//")) {
			continue
		}
		out = append(out, line...)
	}
	return out
}

// foldName drops '_', '-', '.' and spaces (the text is lower case already).
func foldName(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', '.', ' ':
			return -1
		}
		return r
	}, s)
}

// urlHost matches the host of an absolute http(s) or ws(s) URL written out in code.
var urlHost = regexp.MustCompile(`(?i)\b(?:https?|wss?)://([a-z0-9][a-z0-9.-]*\.[a-z]{2,})`)

// microsoftWords are the words that tie a file to Azure or to Microsoft's AI services
// anywhere in it, a comment included: Project Oxford (api.projectoxford.ai), Bing, LUIS and
// QnA Maker were Cognitive Services' first hosts and names.
var microsoftWords = []string{"azure", "microsoft", "cognitive", "windows.net", "openai", "projectoxford", "bing", "luis", "qnamaker"}

// OnlyOtherServiceHosts reports a file whose key headers go to another company's API: its
// code writes out the host of one or more public APIs (api.murf.ai, the Dutch railways'
// gateway), none of them Azure's, and nothing in the file (comments included) names Azure,
// Microsoft, Cognitive Services, API Management or OpenAI. Murf's TTS API and some public
// transport APIs take an api-key or Ocp-Apim-Subscription-Key header of their own.
func OnlyOtherServiceHosts(src []byte) bool {
	lower := bytes.ToLower(src)
	for _, w := range microsoftWords {
		if bytes.Contains(lower, []byte(w)) {
			return false
		}
	}
	hosts := 0
	for _, m := range urlHost.FindAllSubmatch(withoutCommentLines(lower), -1) {
		h := string(m[1])
		switch {
		case h == "localhost" || strings.HasPrefix(h, "127.") || strings.HasPrefix(h, "0.0.0.0"),
			strings.Contains(h, "example.") || strings.HasSuffix(h, ".local"):
			continue // a local or illustrative host says nothing of where keys go
		}
		// Only an API's host: a page the program opens (https://www.google.com in a browsing
		// agent) is no service its key header goes to.
		if strings.Contains(h, "api") || strings.Contains(h, "gateway") {
			hosts++
		}
	}
	return hosts > 0
}
