package scan

import (
	"bytes"
	"strings"
	"testing"

	"github.com/keylint/keylint/parsers"
)

func TestPrefilterCandidate(t *testing.T) {
	pre, err := newPrefilter([]string{"MyCorpLLM"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		src  string
		want bool
	}{
		{"from openai import AzureOpenAI", true},
		{"AZURE_OPENAI_API_KEY", true},
		{`headers = {"API-Key": k}`, true},
		{"Ocp-Apim-Subscription-Key", true},
		{"cred = ApiKeyCredential(k)", true},
		{"base_url='https://x/openai/v1/'", true},
		{"token = 'sk-proj-abc'", true},
		{"see the task-list", false},
		{"mycorpllm(key=k)", true}, // extra marker from config, case-insensitive
		{`api_key = "0123456789abcdef0123456789abcdef"`, true},
		{`api_key = "0123456789abcdef0123456789abcdef0"`, false}, // 33 hex digits: not a key shape
		{`digest = "0123456789abcdef0123456789abcdef"`, false},   // hex run but no "key"
		{"import numpy as np\nprint(np.zeros(3))\n", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := pre.candidate([]byte(tt.src), true); got != tt.want {
			t.Errorf("candidate(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestHexRun32Bounds(t *testing.T) {
	hex := "0123456789abcdef0123456789abcdef"
	for src, want := range map[string]bool{
		hex:              true,
		"'" + hex + "'":  true,
		"g" + hex:        false,
		hex + "g":        false,
		hex + "0":        false,
		"x_" + hex:       false,
		"=" + hex + "\n": true,
	} {
		if got := hasHexRun32([]byte(src)); got != want {
			t.Errorf("hasHexRun32(%q) = %v, want %v", src, got, want)
		}
	}
}

// benchmarkSource is typical code without any keyword: what most files of a monorepo look like.
func benchmarkSource(size int) []byte {
	chunk := "def handler(request, context):\n    value = request.get('payload', {})\n    return compute(value) + 1\n"
	var b bytes.Buffer
	for b.Len() < size {
		b.WriteString(chunk)
	}
	return b.Bytes()
}

func BenchmarkPrefilterMiss(b *testing.B) {
	pre, _ := newPrefilter(nil)
	src := benchmarkSource(1 << 20)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if pre.candidate(src, true) {
			b.Fatal("unexpected candidate")
		}
	}
}

func BenchmarkPrefilterMissWithKeyWord(b *testing.B) {
	pre, _ := newPrefilter(nil)
	src := []byte(strings.Repeat("cache_key = compute(key)\n", 40000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if pre.candidate(src, true) {
			b.Fatal("unexpected candidate")
		}
	}
}

func TestKeyContextByFileKind(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"app.py", true},
		{"Web.config", true},
		{"conf/app.properties", true},
		{"settings.TOML", true},
		{"README.md", false},
		{"checksums.txt", false},
	}
	for _, tt := range tests {
		if got := keyContext(parsers.ForPath(tt.path, nil), tt.path); got != tt.want {
			t.Errorf("keyContext(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}
