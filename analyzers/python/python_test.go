package python

import (
	"context"
	"strings"
	"testing"

	"github.com/keylint/keylint"
	"github.com/keylint/keylint/check"
	"github.com/keylint/keylint/parsers"
)

func checkSource(t testing.TB, p *parsers.Parser, src string) []keylint.Finding {
	tree, err := p.Parse(context.Background(), "python", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	pass := &check.Pass{Path: "t.py", Lang: keylint.Python, Src: []byte(src), Tree: tree, Opts: check.DefaultOptions()}
	Checker{}.Check(pass)
	return pass.Findings()
}

// TestBrokenAndHostileInput: syntax errors, deep nesting and odd bytes never panic, and the
// intact parts of a broken file are still checked.
func TestBrokenAndHostileInput(t *testing.T) {
	p := parsers.NewParser()
	defer p.Close()
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"syntax error before the client", "def broken(:\n    pass\nfrom openai import AzureOpenAI\nc = AzureOpenAI(api_key=k, azure_endpoint=e)\n", []string{"KL102"}},
		{"unterminated string", "from openai import AzureOpenAI\nc = AzureOpenAI(api_key=\"abc\n", nil},
		{"deep nesting", "x = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n", nil},
		{"deep calls", strings.Repeat("f(", 3000) + strings.Repeat(")", 3000) + "\n", nil},
		{"invalid utf-8", "from openai import AzureOpenAI\n\xff\xfe = 1\nc = AzureOpenAI(api_key=k, azure_endpoint=e)\n", []string{"KL102"}},
		{"empty", "", nil},
		{"self-referencing variables", "a = b\nb = a\nfrom openai import AzureOpenAI\nc = AzureOpenAI(api_key=a, azure_endpoint=e)\n", []string{"KL102"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range checkSource(t, p, tt.src) {
				got = append(got, f.RuleID)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// FuzzCheck: any source parses and checks without panicking, and every span lies in the file.
func FuzzCheck(f *testing.F) {
	f.Add("from openai import AzureOpenAI as A\nc = A(api_key=os.getenv('AZURE_OPENAI_API_KEY'))\n")
	f.Add("args = {}\nargs['api_key'] = k\nAzureOpenAI(**args)\n")
	f.Add("import openai\nopenai.api_type = 'azure'\nopenai.api_key = 'x'\n")
	f.Add("h = {'api-key': k}\nreq.add_header('Ocp-Apim-Subscription-Key', k)\n")
	f.Add("api_key = '0123456789abcdef0123456789abcdef'\n")
	p := parsers.NewParser()
	defer p.Close()
	f.Fuzz(func(t *testing.T, src string) {
		for _, fd := range checkSource(t, p, src) {
			if fd.Span.Start < 0 || fd.Span.End > len(src) || fd.Span.Start > fd.Span.End {
				t.Fatalf("%s span %v outside a %d-byte file", fd.RuleID, fd.Span, len(src))
			}
		}
	})
}

// benchmarkModule is client setup code as the Azure samples write it, repeated to ~100 KB.
func benchmarkModule() string {
	const chunk = `import os
from openai import AzureOpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
key = os.getenv("AZURE_OPENAI_API_KEY")
client = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-10-21", api_key=key)
provider = get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")
keyless = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-10-21", azure_ad_token_provider=provider)


def ask(question, history=None):
    messages = [{"role": "user", "content": question}] + (history or [])
    reply = client.chat.completions.create(model="gpt-4o", messages=messages)
    return reply.choices[0].message.content
`
	return strings.Repeat(chunk, 100000/len(chunk)+1)
}

// BenchmarkCheck measures the Python rules alone, on an already parsed tree.
func BenchmarkCheck(b *testing.B) {
	p := parsers.NewParser()
	defer p.Close()
	src := []byte(benchmarkModule())
	tree, err := p.Parse(context.Background(), "python", src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pass := &check.Pass{Path: "bench.py", Lang: keylint.Python, Src: src, Tree: tree, Opts: check.DefaultOptions()}
		Checker{}.Check(pass)
		if len(pass.Findings()) == 0 {
			b.Fatal("no findings")
		}
	}
}

// BenchmarkParseAndCheck is what a candidate Python file costs: parse, copy, check.
func BenchmarkParseAndCheck(b *testing.B) {
	p := parsers.NewParser()
	defer p.Close()
	src := benchmarkModule()
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if len(checkSource(b, p, src)) == 0 {
			b.Fatal("no findings")
		}
	}
}
