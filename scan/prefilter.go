package scan

import (
	"path/filepath"
	"strings"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/parsers"

	"github.com/keylint/keylint/scan/keywords"
)

// strongKeywords cover every rule apart from the 32-hex classic key, which the prefilter
// handles with "key" plus a hex run. Most files of a large repository contain none of them and
// are done after this one pass. Each anchor is the rarest two-or-more-byte part of its word.
var strongKeywords = []keywords.Keyword{
	{Word: "azure", Anchor: "zu"},               // Azure clients, AZURE_* settings, hosts, api_type = "azure"
	{Word: "openai/v1", Anchor: "/v"},           // the Azure v1 base URL
	{Word: "api-key", Anchor: "-k"},             // the key header
	{Word: "subscription-key", Anchor: "-k"},    // Ocp-Apim-Subscription-Key
	{Word: "keycredential", Anchor: "yc"},       // AzureKeyCredential, ApiKeyCredential, NewKeyCredential
	{Word: "jqqj99", Anchor: "jq"},              // the 84-character key's signature
	{Word: "sk-", Anchor: "k-", Boundary: true}, // OpenAI keys, not "task-"
	// Infrastructure: AI accounts (Terraform's azurerm_* already contain "azure"), key reads,
	// key-reading role ids.
	{Word: "cognitive", Anchor: "gn"},
	// The Speech SDK's key factory, in a page using the browser bundle's globals, which need
	// no import naming Azure or the SDK: SpeechConfig.fromSubscription(key, region).
	{Word: "fromsubscription", Anchor: "bs"},
	{Word: "listkeys", Anchor: "tk"},
	{Word: "a97b65f3", Anchor: "7b"},
	{Word: "25fbc0a9", Anchor: "fb"},
	// API Management policies: a backend id that infrastructure code may point at Azure AI.
	{Word: "backend-id", Anchor: "d-"},
}

// prefilter decides whether a file is worth parsing.
type prefilter struct {
	set *keywords.Set
}

// newPrefilter adds the extra Azure-context markers from config to the strong keywords.
func newPrefilter(extra []string) (*prefilter, error) {
	words := append([]keywords.Keyword(nil), strongKeywords...)
	words = append(words, keywords.Keyword{Word: "key", Anchor: "ke", Weak: true})
	for _, e := range extra {
		if e = strings.TrimSpace(e); e != "" {
			words = append(words, keywords.Keyword{Word: e})
		}
	}
	set, err := keywords.New(words)
	if err != nil {
		return nil, err
	}
	return &prefilter{set: set}, nil
}

// candidate reports whether src may hold a finding: a strong keyword, or, in a language whose
// checker can tell key context, "key" and a 32-hex-digit run (a classic key needs that context;
// in plain text it is just a hash).
func (p *prefilter) candidate(src []byte, keyContext bool) bool {
	switch p.set.Scan(src) {
	case keywords.Strong:
		return true
	case keywords.Weak:
		return keyContext && hasHexRun32(src)
	}
	return false
}

// settingsTextExts are the text files that hold NAME=VALUE or <add key= value=> settings, where
// the hardcoded checker can tell a key-like name from a hash's.
var settingsTextExts = map[string]bool{".config": true, ".properties": true, ".ini": true, ".cfg": true, ".conf": true, ".toml": true}

// keyContext reports whether a 32-hex run in the file at path can be told a key by its context:
// in code and settings it can; in prose and other data it is just a hash.
func keyContext(lang *parsers.Language, path string) bool {
	return lang.Lang != keylint.Text || settingsTextExts[strings.ToLower(filepath.Ext(path))]
}

// hasHexRun32 reports whether src contains a run of exactly 32 hex digits between non-word
// characters: the shape of a classic Azure key. It looks at the last byte of each 32-byte
// window first, so text without long hex runs is skipped 32 bytes at a time.
func hasHexRun32(src []byte) bool {
	n := len(src)
	// Invariant: i == 0 or src[i-1] is not a hex digit.
	for i := 0; i+32 <= n; {
		if !isHex[src[i+31]] {
			i += 32
			continue
		}
		start := i + 31
		for start > i && isHex[src[start-1]] {
			start--
		}
		end := i + 32
		for end < n && isHex[src[end]] {
			end++
		}
		if end-start == 32 && (start == 0 || !isWordByte(src[start-1])) && (end == n || !isWordByte(src[end])) {
			return true
		}
		i = end + 1
	}
	return false
}

var isHex = func() (t [256]bool) {
	for _, c := range []byte("0123456789abcdefABCDEF") {
		t[c] = true
	}
	return t
}()

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}
