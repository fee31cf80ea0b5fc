package keyformat

import (
	"strings"
	"testing"
)

// Synthetic 84-character keys generated the way microsoft/security-utilities generates test
// keys (a repeated character, date 2025-03, zeroed reserved bytes); none was ever a live key.
const (
	aiServicesKeyBase64 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99BCAAAAAAAAAAAAAAAAACOG3iHz"
	aiServicesKeyBase62 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99BCAAAAAAAAAAAAAAAAACOG44D8"
	openAIKeyBase64     = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxJQQJ99BCAAAAAAAAAAAAAAABACOGIYgr"
	openAIKeyBase62     = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxJQQJ99BCAAAAAAAAAAAAAAABACOGc4Uh"
	sevensKeyBase62     = "7777777777777777777777777777777777777777777777777777JQQJ99BCAAAAAAAAAAAAAAAAACOGCdD7"
	// A realistic-looking key whose checksum is wrong: reported, but not as validated.
	badChecksumKey = "Zk3q9XwP2mLr8TvB4nYc6HdJ1sFa7GeK0uQiR5oWtMxE3bNpC9vAJQQJ99BCACYeBjFXJ3w3AAABACOGa1b2"
	// An OpenAI-shaped key with the signature: synthetic.
	openAISecret = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zT3BlbkFJAb3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"
)

func TestMarvinVectors(t *testing.T) {
	// Published test vectors of the Marvin hash (64-bit form).
	tests := []struct {
		seed uint64
		data []byte
		want uint64
	}{
		{0xd53cd9cecd0893b7, []byte("abc"), 0x22c74339492769bf},
		{0x0ddddeeeeffff000, []byte("abcdefghijklmnopqrstuvwxyz"), 0xa128eb7e7260aca2},
		{0x004fb61a001bdbcc, nil, 0x30ed35c100cd3c7d},
		{0x004fb61a001bdbcc, []byte{0x86, 0x42, 0xdc, 0x59}, 0x7008f2e87e9cf556},
		{0x804fb61a801bdbcc, []byte{0x00, 0xff}, 0xa638e75700048880},
	}
	for _, tt := range tests {
		if got := Marvin64(tt.data, tt.seed); got != tt.want {
			t.Errorf("Marvin64(%x, %#x) = %#x, want %#x", tt.data, tt.seed, got, tt.want)
		}
		want32 := uint32(tt.want) ^ uint32(tt.want>>32)
		if got := Marvin32(tt.data, tt.seed); got != want32 {
			t.Errorf("Marvin32(%x) = %#x, want %#x", tt.data, got, want32)
		}
	}
}

func TestValidChecksum(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{aiServicesKeyBase64, true},
		{aiServicesKeyBase62, true},
		{openAIKeyBase64, true},
		{openAIKeyBase62, true},
		{sevensKeyBase62, true},
		{"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99AGAAAAAAAAAAAAAAAAABCDTZJ9", true},
		{"yxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxJQQJ99BCAAAAAAAAAAAAAAABACOGc4Uh", false},
		{"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxJQQJ99BCAAAAAAAAAAAAAAABACOGc4Ui", false},
		{badChecksumKey, false},
		{"short", false},
	}
	for _, tt := range tests {
		if got := ValidChecksum([]byte(tt.key)); got != tt.want {
			t.Errorf("ValidChecksum(%s) = %v, want %v", Redact(tt.key), got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		kind      Kind
		service   string
		validated bool
	}{
		{"azure key in code", `key = "` + openAIKeyBase64 + `"`, AzureAI, "Azure OpenAI", true},
		{"azure key in prose", "the key " + aiServicesKeyBase62 + " was rotated", AzureAI, "Azure AI services", true},
		{"azure key with bad checksum", "k=" + badChecksumKey, AzureAI, "Azure OpenAI", false},
		{"openai project key", `OPENAI_API_KEY=` + openAISecret, OpenAI, "", true},
		{"legacy openai key", `"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"`, OpenAI, "", true},
		{"openai key without signature", "sk-" + strings.Repeat("aB3dE6", 8), OpenAI, "", false},
		{"openai key as a shell default", "OpenAI__ApiKey=${OPENAI_API_KEY:-" + openAISecret + "}", OpenAI, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Find([]byte(tt.text))
			if len(ms) != 1 {
				t.Fatalf("Find found %d keys, want 1", len(ms))
			}
			m := ms[0]
			if m.Kind != tt.kind || m.Service != tt.service || m.Validated != tt.validated {
				t.Errorf("got %+v, want kind %v service %q validated %v", m, tt.kind, tt.service, tt.validated)
			}
			if got := tt.text[m.Start:m.End]; !strings.HasPrefix(got, "sk-") && len(got) != 84 {
				t.Errorf("match %q has the wrong bounds", Redact(got))
			}
		})
	}
}

func TestFindNegatives(t *testing.T) {
	for _, text := range []string{
		"task-0123456789abcdefABCDEF0123456789abcdef0123",  // "sk-" inside a word
		"sk-your-openai-key-here-xxxxxxxxxxxxxxxxxxxxxxxx", // placeholder
		"sk-...", // elided
		"sk-ant-api03-Zk3q9XwP2mLr8TvB4nYc6HdJ1sFa7GeK0uQiR5oWtMxE3bN", // another vendor's key
		"sk-" + strings.Repeat("abcdefgh", 6),                          // no digits or capitals: a word
		"x" + openAIKeyBase64,                                          // not bounded
		openAIKeyBase64[:83],                                           // too short
		strings.Replace(openAIKeyBase64, "ACOG", "ACOX", 1),            // wrong provider signature
		"d41d8cd98f00b204e9800998ecf8427e",                             // MD5 digest: no context here
		"5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",                         // GUID
	} {
		if ms := Find([]byte(text)); len(ms) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", Redact(text), ms)
		}
	}
}

func TestIsClassicKey(t *testing.T) {
	tests := []struct {
		v    string
		want bool
	}{
		{"0123456789abcdef0123456789abcdef", true},
		{"0123456789ABCDEF0123456789ABCDEF", true},
		{"d41d8cd98f00b204e9800998ecf8427e", true}, // shape only: context decides
		{"0123456789abcdef0123456789ABCDEF", false},
		{"00000000000000000000000000000000", false},
		{"abcdefabcdefabcdefabcdefabcdefab", false},
		{"5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", false},
		{"0123456789abcdef0123456789abcde", false},
		{"0123456789abcdef0123456789abcdeg", false},
	}
	for _, tt := range tests {
		if got := IsClassicKey(tt.v); got != tt.want {
			t.Errorf("IsClassicKey(%q) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for _, v := range []string{
		"", "  ", "<your-key>", "<api-key>", "YOUR_API_KEY", "your-api-key-here", "xxxxxxxx", "****",
		"${AZURE_OPENAI_API_KEY}", "$(API_KEY)", "%API_KEY%", "{{ api_key }}", "$API_KEY", "changeme",
		"test", "dummy", "fake-key", "FAKE_KEY_FOR_TESTS", "replace-with-your-key", "sk-...", "None",
		"@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/k)", "{api_key}", "#{ApiKey}#",
		"[openexchangerates.org api key]", "[your key here]", "dev-secret-key-123", "subscription_key", "azure_openai_api_key", "my_super_secret_token",
		"local.api.key",
	} {
		if !IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = false, want true", v)
		}
	}
	for _, v := range []string{
		"0123456789abcdef0123456789abcdef", aiServicesKeyBase64, openAISecret, "3f1b9e2c7d", "hunter2secret",
		"[0123456789abcdef0123456789abcdef]", "sk-proj-Ab3xY9kLm2", "key-0f1e2d3c4b5a6978", "secret-Zq81Lm0pXr",
	} {
		if IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = true, want false", Redact(v))
		}
	}
}

func TestRedact(t *testing.T) {
	tests := map[string]string{
		openAISecret: "sk-p…",
		"abcd":       "…",
		"":           "",
		"ключ-12345": "ключ…",
	}
	for in, want := range tests {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
