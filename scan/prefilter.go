package scan

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// keyword is a lower-case substring without which no rule can fire, and the rarest part of
// it to search for first: searching "zure" finds "azure" with far fewer false starts than
// searching "a", which matters because Go's substring search is fast only when the first byte
// of the pattern is rare.
type keyword struct {
	word   string
	anchor string
}

// strongKeywords cover every rule apart from the 32-hex classic key, which prefilter handles
// with "key" plus a hex run. Most files of a large repository contain none of them and are done
// after this one pass.
var strongKeywords = []keyword{
	{"azure", "zure"},            // Azure clients, AZURE_* settings, hosts, api_type = "azure"
	{"openai/v1", "/v1"},         // the Azure v1 base URL
	{"api-key", "-key"},          // the key header
	{"subscription-key", "-key"}, // Ocp-Apim-Subscription-Key
	{"keycredential", "ycred"},   // AzureKeyCredential, ApiKeyCredential, NewKeyCredential
	{"jqqj99", "jqqj"},           // the 84-character key's signature
	{"sk-", "k-"},                // OpenAI keys
}

// prefilter decides whether a file is worth parsing.
type prefilter struct {
	keywords []keyword
}

func newPrefilter(extra []string) *prefilter {
	p := &prefilter{keywords: append([]keyword(nil), strongKeywords...)}
	for _, e := range extra {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" {
			p.keywords = append(p.keywords, keyword{word: e, anchor: e})
		}
	}
	return p
}

// candidate reports whether src may hold a finding. lower is scratch space the caller keeps
// between calls, so the lower-cased copy costs no allocation.
func (p *prefilter) candidate(src []byte, lower *[]byte) bool {
	if cap(*lower) < len(src) {
		*lower = make([]byte, len(src), len(src)+len(src)/4)
	}
	low := (*lower)[:len(src)]
	toLower(low, src)
	for _, k := range p.keywords {
		if containsKeyword(low, k) {
			return true
		}
	}
	return bytes.Contains(low, []byte("key")) && hasHexRun32(src)
}

// containsKeyword finds the anchor, then checks the whole keyword around it.
func containsKeyword(low []byte, k keyword) bool {
	at := strings.Index(k.word, k.anchor)
	anchor := []byte(k.anchor)
	for from := 0; ; {
		i := bytes.Index(low[from:], anchor)
		if i < 0 {
			return false
		}
		start := from + i - at
		if start >= 0 && start+len(k.word) <= len(low) && string(low[start:start+len(k.word)]) == k.word {
			return true
		}
		from += i + 1
	}
}

// toLower writes the ASCII lower case of src into dst, eight bytes at a time: bytes in 'A'..'Z'
// get 0x20 added, everything else (including non-ASCII) is copied unchanged.
func toLower(dst, src []byte) {
	i := 0
	for ; i+8 <= len(src); i += 8 {
		v := binary.LittleEndian.Uint64(src[i:])
		low7 := v & 0x7f7f7f7f7f7f7f7f
		geA := low7 + 0x3f3f3f3f3f3f3f3f // high bit set where the byte is >= 'A'
		gtZ := low7 + 0x2525252525252525 // high bit set where the byte is > 'Z'
		upper := geA &^ gtZ &^ v & 0x8080808080808080
		binary.LittleEndian.PutUint64(dst[i:], v|upper>>2)
	}
	for ; i < len(src); i++ {
		c := src[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
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
