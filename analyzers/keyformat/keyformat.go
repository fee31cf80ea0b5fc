// Package keyformat recognises the shapes of Azure AI and OpenAI keys, tells them from
// placeholders, hashes and GUIDs, and redacts them for output.
package keyformat

import (
	"bytes"
	"strings"
)

// Kind is a key format.
type Kind uint8

const (
	// Classic is the 32-hex-character Azure AI services key; only a key in key context.
	Classic Kind = iota + 1
	// AzureAI is the 84-character Azure AI services key with the JQQJ99 signature.
	AzureAI
	// OpenAI is an openai.com secret key (sk-..., sk-proj-...).
	OpenAI
)

func (k Kind) String() string {
	switch k {
	case Classic:
		return "32-character Azure AI key"
	case AzureAI:
		return "84-character Azure AI services key"
	case OpenAI:
		return "OpenAI secret key"
	}
	return "key"
}

// Match is a key found in text.
type Match struct {
	Start, End int
	Kind       Kind
	// Service names the Azure service an 84-character key belongs to ("Azure OpenAI", ...).
	Service string
	// Validated is true when a checksum or fixed signature confirmed the format.
	Validated bool
}

// Describe says what was found, for finding messages: "84-character Azure AI services key
// (Azure OpenAI, checksum valid)".
func (m Match) Describe() string {
	var notes []string
	if m.Service != "" {
		notes = append(notes, m.Service)
	}
	switch m.Kind {
	case AzureAI:
		if m.Validated {
			notes = append(notes, "checksum valid")
		} else {
			notes = append(notes, "checksum not valid")
		}
	case OpenAI:
		if m.Validated {
			notes = append(notes, "OpenAI signature present")
		}
	}
	if len(notes) == 0 {
		return m.Kind.String()
	}
	return m.Kind.String() + " (" + strings.Join(notes, ", ") + ")"
}

// Find returns every key in text whose format needs no context: 84-character Azure AI services
// keys and OpenAI sk- keys. It never returns placeholders.
func Find(text []byte) []Match {
	var out []Match
	out = findAzureAI(text, out)
	out = findOpenAI(text, out)
	return out
}

// azureSignature sits at a fixed place in every 84-character key.
var azureSignature = []byte("JQQJ99")

const (
	azureKeyLen    = 84
	azureSigOffset = 52
)

func findAzureAI(text []byte, out []Match) []Match {
	for from := 0; ; {
		i := bytes.Index(text[from:], azureSignature)
		if i < 0 {
			return out
		}
		sig := from + i
		from = sig + 1
		start := sig - azureSigOffset
		end := start + azureKeyLen
		if start < 0 || end > len(text) {
			continue
		}
		key := text[start:end]
		if !isAzureAIKey(key) || (start > 0 && isBase62(text[start-1])) || (end < len(text) && isBase62(text[end])) {
			continue
		}
		out = append(out, Match{Start: start, End: end, Kind: AzureAI, Service: AzureService(key), Validated: ValidChecksum(key)})
	}
}

// isAzureAIKey checks the layout
// [A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{12}AAA[A-Za-z0-9]ACOG[A-Za-z0-9]{4}.
func isAzureAIKey(k []byte) bool {
	if len(k) != azureKeyLen {
		return false
	}
	for _, c := range k {
		if !isBase62(c) {
			return false
		}
	}
	return string(k[52:58]) == "JQQJ99" &&
		k[59] >= 'A' && k[59] <= 'L' &&
		string(k[72:75]) == "AAA" &&
		string(k[76:80]) == "ACOG"
}

// IsAzureAIKey reports whether s is exactly one 84-character Azure AI services key.
func IsAzureAIKey(s string) bool { return isAzureAIKey([]byte(s)) }

// azureServices maps the service character after "AAA" to the service.
var azureServices = map[byte]string{
	'A': "Azure AI services",
	'B': "Azure OpenAI",
	'C': "Azure AI Search",
}

// AzureService names the service an 84-character key was issued for, or "".
func AzureService(key []byte) string {
	if len(key) != azureKeyLen {
		return ""
	}
	return azureServices[key[75]]
}

// openAIKeyPrefixes are the project/service-account/admin forms; plain "sk-" is the legacy form.
var openAIKeyPrefixes = []string{"proj-", "svcacct-", "admin-", "None-"}

// openAISignature is base64 of "OpenAI"; every OpenAI-issued key carries it in the middle.
const openAISignature = "T3BlbkFJ"

func findOpenAI(text []byte, out []Match) []Match {
	if len(text) < 3 {
		return out
	}
	for from := 1; ; {
		// Search "k-" and look back for the "s": a search starting with a rarer byte is faster.
		i := bytes.Index(text[from:], []byte("k-"))
		if i < 0 {
			return out
		}
		start := from + i - 1
		from = start + 3
		if text[start] != 's' {
			continue
		}
		if start > 0 && (isBase62(text[start-1]) || text[start-1] == '_' || text[start-1] == '-' && !shellDefault(text, start)) {
			continue // "task-..." or "desk-..."
		}
		end := start + 3
		for end < len(text) && (isBase62(text[end]) || text[end] == '_' || text[end] == '-') {
			end++
		}
		if m, ok := openAIKey(string(text[start:end])); ok {
			m.Start, m.End = start, end
			out = append(out, m)
			from = end
		}
	}
}

// shellDefault reports a token right after a shell parameter default, ${OPENAI_API_KEY:-sk-...}.
func shellDefault(text []byte, start int) bool {
	return start >= 2 && text[start-1] == '-' && text[start-2] == ':'
}

// openAIKey decides whether a whole sk-... token is an OpenAI key.
func openAIKey(tok string) (Match, bool) {
	body := strings.TrimPrefix(tok, "sk-")
	if strings.HasPrefix(body, "ant-") {
		return Match{}, false // Anthropic keys share the prefix; not ours to report
	}
	for _, p := range openAIKeyPrefixes {
		if strings.HasPrefix(body, p) {
			body = body[len(p):]
			break
		}
	}
	if len(body) < 32 || IsPlaceholder(body) {
		return Match{}, false
	}
	if strings.Contains(body, openAISignature) {
		return Match{Kind: OpenAI, Validated: true}, true
	}
	// Without the signature, demand what a random key has and a word never does: length, and
	// upper case, lower case and digits all mixed in.
	var upper, lower, digit int
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
			digit++
		}
	}
	if len(body) >= 40 && upper >= 4 && lower >= 4 && digit >= 4 {
		return Match{Kind: OpenAI}, true
	}
	return Match{}, false
}

// IsClassicKey reports whether s is a 32-hex-character value that could be a classic Azure AI
// key. Callers must also establish key context (a key-like name, parameter or header): on its
// own such a value is as likely an MD5 digest or a GUID without dashes.
func IsClassicKey(s string) bool {
	if len(s) != 32 {
		return false
	}
	var letters, digits int
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
			letters++
		default:
			return false
		}
	}
	if letters == 0 || digits == 0 || oneRepeatedChar(s) {
		return false // "00000000..." or all letters: a filler, not a random key
	}
	// Mixed-case hex is not what Azure issues (keys are all lower or all upper case).
	return strings.ToLower(s) == s || strings.ToUpper(s) == s
}

// Classify returns the format of a whole value, or false. Classic keys are included; the caller
// must already know the value sits in key context.
func Classify(value string) (Match, bool) {
	v := strings.TrimSpace(value)
	if IsPlaceholder(v) {
		return Match{}, false
	}
	if IsClassicKey(v) {
		return Match{Kind: Classic, End: len(v)}, true
	}
	if ms := Find([]byte(v)); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(v) {
		return ms[0], true
	}
	return Match{}, false
}

func isBase62(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// Redact shows the first four characters of a secret and an ellipsis: enough to recognise it in
// a vault, never enough to use it. Every output format calls this.
func Redact(secret string) string {
	const keep = 4
	n := 0
	for i := range secret {
		if n == keep {
			return secret[:i] + "…"
		}
		n++
	}
	if len(secret) == 0 {
		return ""
	}
	return "…"
}
