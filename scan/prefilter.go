package scan

import (
	"bytes"
	"strings"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// strongKeywords are substrings (case-insensitive) without which no rule can fire in a file,
// apart from the 32-hex classic key, which prefilter handles with "key" plus a hex run. Most
// files of a large repository contain none of them and are done after this one pass.
var strongKeywords = []string{
	"azure",            // Azure clients, AZURE_* settings, hosts, api_type = "azure"
	"openai/v1",        // the Azure v1 base URL
	"api-key",          // the key header
	"subscription-key", // Ocp-Apim-Subscription-Key
	"keycredential",    // AzureKeyCredential, ApiKeyCredential, NewKeyCredential
	"jqqj99",           // the 84-character key's signature
	"sk-",              // OpenAI keys
}

// prefilter decides whether a file is worth parsing.
type prefilter struct {
	ac ahocorasick.AhoCorasick
}

func newPrefilter(extra []string) *prefilter {
	words := append([]string(nil), strongKeywords...)
	for _, e := range extra {
		if e = strings.TrimSpace(e); e != "" {
			words = append(words, strings.ToLower(e))
		}
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		AsciiCaseInsensitive: true,
		MatchKind:            ahocorasick.LeftMostFirstMatch,
		DFA:                  true,
	})
	return &prefilter{ac: b.Build(words)}
}

// candidate reports whether src may hold a finding. It stops at the first strong keyword.
func (p *prefilter) candidate(src []byte) bool {
	if p.ac.IterByte(src).Next() != nil {
		return true
	}
	return containsFoldKey(src) && hasHexRun32(src)
}

// containsFoldKey looks for the weak keyword "key" in its three usual spellings; three
// vectorised searches beat one byte-at-a-time case-folding loop.
func containsFoldKey(src []byte) bool {
	return bytes.Contains(src, []byte("key")) || bytes.Contains(src, []byte("Key")) || bytes.Contains(src, []byte("KEY"))
}

// hasHexRun32 reports whether src contains a run of exactly 32 hex digits between non-word
// characters: the shape of a classic Azure key.
func hasHexRun32(src []byte) bool {
	run := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			run++
			continue
		}
		if run == 32 && !isWordByte(c) && (i-33 < 0 || !isWordByte(src[i-33])) {
			return true
		}
		run = 0
	}
	return run == 32 && (len(src)-33 < 0 || !isWordByte(src[len(src)-33]))
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}
